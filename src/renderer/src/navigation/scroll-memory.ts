// Where the user was scrolled, per history entry (react-router's location
// key, as its own ScrollRestoration uses) and per scrolling area of the page
// (the page itself, a list's own scrolling body). Kept in memory only: a
// position is no personal data, but it has no business in the renderer's
// storage either. Old entries are forgotten first.
const limit = 500;
const positions = new Map<string, number>();

const id = (entryKey: string, area: string) => `${entryKey}\u0000${area}`;

export function rememberScroll(entryKey: string, area: string, top: number): void {
  const key = id(entryKey, area);
  positions.delete(key);
  positions.set(key, Math.max(0, Math.round(top)));
  while (positions.size > limit) {
    const oldest = positions.keys().next().value;
    if (oldest === undefined) break;
    positions.delete(oldest);
  }
}

export function recallScroll(entryKey: string, area: string): number | null {
  return positions.get(id(entryKey, area)) ?? null;
}

/**
 * One try to put an area back at `target` while its content is still
 * arriving (a list that loads, rows that render): as far as the content
 * allows now, and done once it reaches the target.
 */
export function restoreStep(target: number, maxTop: number): { top: number; done: boolean } {
  const top = Math.max(0, Math.min(target, maxTop));
  return { top, done: top === target };
}
