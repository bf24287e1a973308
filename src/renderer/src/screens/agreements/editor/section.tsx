// One section of the editor: a fieldset with a visible legend and an id the
// table of contents links to. Disabled as a whole when it may not change.
// Its fields mount as they are needed: the first sections with the editor,
// the rest one at a time while the browser is idle (an interruptible
// transition, so typing stays quick), or at once when they come within a
// screen's height of the view (scrolling, a link in the table of contents),
// and all of them when a save fails. Mounting the whole editor in one render
// took 240–375 ms; the legend is always there for screen readers.
import { Stack } from '@mantine/core';
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

interface SectionMounting {
  /** The sections in the order they mount. */
  order: readonly string[];
  /** How many of them (from the start of `order`) are mounted so far. */
  stage: number;
  /** Every section mounted (after a failed save). */
  all: boolean;
}

const SectionMountingContext = createContext<SectionMounting>({ order: [], stage: 0, all: true });

/**
 * Holds how far mounting has come. Its own state, so a step re-renders only
 * the sections (the editor's elements passed in as children stay as they are).
 */
export function SectionMountingProvider({
  order,
  eager,
  all,
  children,
}: {
  order: readonly string[];
  /** How many sections mount with the editor. */
  eager: number;
  all: boolean;
  children: ReactNode;
}) {
  const [stage, setStage] = useState(eager);
  useEffect(() => {
    if (stage >= order.length) return;
    // The timeout keeps it going on a page that is never idle (a busy machine).
    const idle = requestIdleCallback(() => startTransition(() => setStage((s) => s + 1)), { timeout: 150 });
    return () => cancelIdleCallback(idle);
  }, [stage, order.length]);
  const value = useMemo(() => ({ order, stage, all }), [order, stage, all]);
  return <SectionMountingContext value={value}>{children}</SectionMountingContext>;
}

export function Section({
  id,
  legend,
  disabled,
  children,
}: {
  id: string;
  legend: string;
  disabled: boolean;
  children: ReactNode;
}) {
  const mounting = useContext(SectionMountingContext);
  const ref = useRef<HTMLFieldSetElement>(null);
  const [near, setNear] = useState(false);
  const index = mounting.order.indexOf(id);
  const mounted = near || mounting.all || index < 0 || index < mounting.stage;

  useEffect(() => {
    const element = ref.current;
    if (mounted || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [mounted]);

  return (
    <fieldset ref={ref} id={id} className="agr-section" disabled={disabled} aria-busy={!mounted}>
      <legend>{legend}</legend>
      {mounted ? <Stack gap="sm">{children}</Stack> : <div className="agr-section-pending" />}
    </fieldset>
  );
}
