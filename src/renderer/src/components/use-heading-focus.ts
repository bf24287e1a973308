import { useEffect, useRef } from 'react';

/**
 * Moving to another view of a screen (list, page, form) puts focus on the new
 * view's <h1>, so a screen reader announces where the user is. Not on the
 * first render, and not where `focus` is false (views that keep their
 * heading, such as tabs). Returns the ref for the screen's root element.
 */
export function useHeadingFocus(view: string, focus = true) {
  const rootRef = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!focus) return;
    // Without scrolling: going back keeps the page where the user was (navigation/use-scroll-memory.ts).
    rootRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [view, focus]);
  return rootRef;
}
