// Types for code that runs inside the page (`page.evaluate`): cast
// `globalThis as unknown as PageScope` there. The node
// tsconfig has no DOM library, so the few page globals the tests touch are
// declared here; `window.api` gets its real type from the preload.
import type { Api } from '../../../src/preload/api-types';

export interface PageFrame {
  title: string;
  readonly contentWindow: { readonly api?: Api } | null;
  remove(): void;
}

export interface PageScope {
  readonly api: Api;
  readonly document: {
    readonly documentElement: { readonly lang: string };
    readonly body: { append(node: PageFrame): void };
    createElement(tag: 'iframe'): PageFrame;
  };
  /** Scratch space tests may set on the page's global object. */
  [key: string]: unknown;
}
