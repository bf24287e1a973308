// For the end-to-end suite only: lets a test read what the cache holds (to
// prove a lock emptied it and an erasure dropped a child). The flag is defined
// true only by vite.renderer.config.ts, which builds the Chromium preview and
// the e2e bundle; the app's build (electron.vite.config.ts) defines it false,
// so the bundler drops the body and the app has no such door.
import { queryClient } from './query-client';

declare const __IOP_TEST_HOOKS__: boolean | undefined;

export interface CacheProbe {
  /** How many answers and mutations the cache holds. */
  size(): number;
  /** Every cached answer's key and data, as JSON text to search. */
  dump(): string;
}

export function installTestHooks(): void {
  if (typeof __IOP_TEST_HOOKS__ === 'undefined' || !__IOP_TEST_HOOKS__) return;
  const probe: CacheProbe = {
    size: () => queryClient.getQueryCache().getAll().length + queryClient.getMutationCache().getAll().length,
    dump: () =>
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => ({ key: query.queryKey, data: query.state.data })),
      ),
  };
  (globalThis as { __iopCacheProbe?: CacheProbe }).__iopCacheProbe = probe;
}
