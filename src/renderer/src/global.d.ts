import type { Api } from '../../preload/api-types';

declare global {
  interface Window {
    /** Exposed by the preload (or the test bridge); use it only through `api/client.ts`. */
    readonly api: Api;
  }
}

export {};
