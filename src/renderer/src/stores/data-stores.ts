// Every store that holds data from main registers how to empty itself here.
// Locking calls `clearDataStores()`, so nothing read while unlocked stays in
// memory behind the lock screen. Answers that arrive after a lock are dropped:
// a store notes `currentGeneration()` before it calls main and keeps the answer
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
