// The app's own origin. In Electron the renderer is served from `app://iop-desk`;
// the Chromium preview and the end-to-end tests use a made-up https origin
// that Playwright intercepts (nothing is ever fetched from a network).
export const appScheme = 'app';
export const appHost = 'iop-desk';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
export const bridgeOrigin = 'https://iop-desk.invalid';

export function isSameOrigin(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    const expected = new URL(origin);
    return parsed.protocol === expected.protocol && parsed.host === expected.host;
  } catch {
    return false;
  }
}

export const isAppUrl = (url: string) => isSameOrigin(url, appOrigin);
