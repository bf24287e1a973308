// Server data lives in the cache (data/query-client.ts), which a lock empties.
// UI state that can still hold personal data (a search typed, protected
// details revealed, a running job, notifications) registers how to empty
// itself here; locking calls `clearDataStores()` too, so nothing read while
// unlocked stays in memory behind the lock screen. Code that calls main
// outside the cache notes `currentGeneration()` first and keeps the answer
// only if `isCurrent(generation)` still holds.
const clearers = new Set<() => void>();
let generation = 0;

export function registerDataStore(clear: () => void): void {
  clearers.add(clear);
}

export function clearDataStores(): void {
  generation++;
  for (const clear of clearers) clear();
}

export const currentGeneration = (): number => generation;
export const isCurrent = (noted: number): boolean => noted === generation;
