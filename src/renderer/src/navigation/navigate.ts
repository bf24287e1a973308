// Moving between routes from code that is not a component (stores, actions
// after a deletion). The router registers itself at start; before that, and in
// unit tests without a router, a move does nothing.
import { windowHistory } from './history-entries';
import { parseRoute, pathOf, type Route } from './routes';

interface Navigator {
  to(path: string, options: { replace: boolean }): void;
  /** One step back in the window's history. */
  back(): void;
}
let navigator: Navigator | null = null;

export function registerNavigator(next: Navigator): void {
  navigator = next;
}

let steppingBack = false;

/**
 * Runs a "Tillbaka" action: a move it makes to the page right behind in
 * history is a step back, as with Alt+←, so that page comes back as the user
 * left it (scrolled to the same place) and history does not grow.
 */
export function asStepBack(run: () => void): void {
  steppingBack = true;
  try {
    run();
  } finally {
    steppingBack = false;
  }
}

/** Goes to a route; `replace` swaps the current history entry (after a create or a deletion). */
export function goTo(route: Route, options: { replace?: boolean } = {}): void {
  const path = pathOf(route);
  const replace = options.replace ?? false;
  if (steppingBack && !replace && windowHistory.pathBehind() === path) navigator?.back();
  else navigator?.to(path, { replace });
}

// The path shown before the current one (any move: a click, back or forward).
let shownPath: string | null = null;
let previousPath: string | null = null;

/** The app shell notes every path it shows. */
export function notePathShown(path: string): void {
  if (path === shownPath) return;
  previousPath = shownPath;
  shownPath = path;
}

/** The route shown before the current one, if any (for a "Tillbaka" that returns where the user came from). */
export function previousRoute(): Route | null {
  return previousPath === null ? null : parseRoute(previousPath);
}
