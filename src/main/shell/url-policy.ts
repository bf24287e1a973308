// Which URLs the app's web contents may be on, navigate to and fetch. Only the
// app's own origin (`app://iop-desk`); in development also the exact origin of
// the electron-vite dev server, and Chromium's own devtools pages.
import { appHost, appScheme, isAppUrl, isSameOrigin } from '../security/app-origin';

export interface UrlPolicy {
  /** The page an IPC call comes from may use the api. */
  isTrustedSender(url: string): boolean;
  /** A frame may navigate to this URL. */
  mayNavigate(url: string): boolean;
  /** The session may load this URL (every request passes here). */
  mayRequest(url: string): boolean;
}

export interface UrlPolicyOptions {
  /** Origin of the dev server, only in development. */
  devServerOrigin: string | null;
  /** `devtools:` pages, only in development. */
  allowDevtools: boolean;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, or null in
 * a packaged app or without it. Anything but a loopback http(s) URL is refused:
 * the shell must never load a remote page.
 */
export function devServerUrl(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): URL | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ELECTRON_RENDERER_URL är ingen giltig adress / is not a valid URL: ${raw}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || !loopbackHosts.has(url.hostname)) {
    throw new Error(
      `ELECTRON_RENDERER_URL måste vara en lokal utvecklingsserver / must be a local dev server (localhost): ${url.origin}`,
    );
  }
  return url;
}

export function createUrlPolicy(options: UrlPolicyOptions): UrlPolicy {
  const dev = options.devServerOrigin ? new URL(options.devServerOrigin) : null;
  const isDevPage = (url: string) => dev !== null && isSameOrigin(url, dev.origin);
  // Vite's hot reload talks over a websocket to the same host and port.
  const isDevSocket = (url: string) =>
    dev !== null && isSameOrigin(url, `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`);
  const isAppPage = (url: string) => isAppUrl(url) || isDevPage(url);

  return {
    isTrustedSender: isAppPage,
    mayNavigate: isAppPage,
    mayRequest(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      switch (parsed.protocol) {
        case `${appScheme}:`:
          return parsed.host === appHost;
        // Inline data and the page's own blobs never leave the process.
        case 'data:':
          return true;
        // A blob URL carries its creator's origin: `blob:app://iop-desk/<uuid>`.
        case 'blob:':
          return isAppPage(parsed.pathname);
        case 'devtools:':
          return options.allowDevtools;
        default:
          return isDevPage(url) || isDevSocket(url);
      }
    },
  };
}
