// Moving between routes from code that is not a component (stores, actions
// after a deletion). The router registers itself at start; before that, and in
// unit tests without a router, a move does nothing.
import { pathOf, type Route } from './routes';

type Navigator = (path: string, options: { replace: boolean }) => void;
let navigator: Navigator | null = null;

export function registerNavigator(next: Navigator): void {
  navigator = next;
}

/** Goes to a route; `replace` swaps the current history entry (after a create or a deletion). */
export function goTo(route: Route, options: { replace?: boolean } = {}): void {
  navigator?.(pathOf(route), { replace: options.replace ?? false });
}
