// Going back (Alt+←, the mouse's back button, "Tillbaka" to the page right
// behind) puts the page and its lists where the user had scrolled them, as a
// browser does; a new page starts at the top. react-router's
// <ScrollRestoration> does this for the window only, once, as the page first
// renders: here the lists scroll in their own bodies and their rows arrive
// after the page, so each scrolling area remembers its place per history
// entry and is put back as its content grows (for a few seconds, and not
// against the user's own scrolling).
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { windowHistory } from './history-entries';
import { recallScroll, rememberScroll, restoreStep } from './scroll-memory';

const restoreForMs = 3_000;
const userInput = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

interface Area {
  /** What scrolls. */
  element(): HTMLElement | null;
  /** Where its scroll and the user's input arrive (the window for the page). */
  events(): EventTarget | null;
  /** What grows as the content arrives. */
  content(): Element | null;
  /** A new page starts at the top (the page; a list body is new anyway). */
  topOnPush: boolean;
}

function useAreaMemory(name: string, area: Area): void {
  const { key } = useLocation();
  const kind = useNavigationType();
  useLayoutEffect(() => {
    const element = area.element();
    const events = area.events();
    if (!element || !events) return;
    let target = kind === 'POP' ? recallScroll(key, name) : null;
    if (target === null && kind === 'PUSH' && area.topOnPush) element.scrollTop = 0;
    const until = Date.now() + restoreForMs;
    const restore = () => {
      if (target === null) return;
      if (Date.now() > until) {
        target = null;
        return;
      }
      const step = restoreStep(target, element.scrollHeight - element.clientHeight);
      element.scrollTop = step.top;
      if (step.done) target = null;
    };
    const record = () => rememberScroll(key, name, element.scrollTop);
    const stop = () => {
      target = null;
    };
    restore();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(restore);
    const content = area.content();
    if (observer && content) observer.observe(content);
    events.addEventListener('scroll', record, { passive: true });
    for (const input of userInput) events.addEventListener(input, stop, { passive: true });
    return () => {
      observer?.disconnect();
      events.removeEventListener('scroll', record);
      for (const input of userInput) events.removeEventListener(input, stop);
    };
    // The area's getters read refs; a new history entry is what starts again.
  }, [key, kind, name, area]);
}

/** The page's own scroll, and the history the app has seen ("Tillbaka" steps back with it). Once, in the shell. */
export function usePageScrollMemory(): void {
  const location = useLocation();
  const kind = useNavigationType();
  useEffect(() => {
    windowHistory.shown(kind, { key: location.key, path: location.pathname });
  }, [kind, location.key, location.pathname]);
  useAreaMemory('page', pageArea);
}

const pageArea: Area = {
  element: () => document.scrollingElement as HTMLElement | null,
  events: () => window,
  content: () => document.getElementById('root'),
  topOnPush: true,
};

/** A list's own scrolling body (`name` tells the lists of one page apart). */
export function useListScrollMemory(name: string, body: { readonly current: HTMLElement | null }): void {
  // One area per ref, so the effect starts again per history entry, not per render.
  const area = useMemo<Area>(
    () => ({
      element: () => body.current,
      events: () => body.current,
      content: () => body.current?.firstElementChild ?? null,
      topOnPush: false,
    }),
    [body],
  );
  useAreaMemory(`list:${name}`, area);
}
