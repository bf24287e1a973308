// Moving between routes from code that is not a component (stores, actions
// after a deletion). The router registers itself at start; before that, and in
// unit tests without a router, a move does nothing.
import { parseRoute, pathOf, type Route } from './routes';

type Navigator = (path: string, options: { replace: boolean }) => void;
let navigator: Navigator | null = null;

export function registerNavigator(next: Navigator): void {
  navigator = next;
}

/** Goes to a route; `replace` swaps the current history entry (after a create or a deletion). */
export function goTo(route: Route, options: { replace?: boolean } = {}): void {
  navigator?.(pathOf(route), { replace: options.replace ?? false });
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
