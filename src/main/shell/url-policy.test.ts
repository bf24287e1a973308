import { describe, expect, it } from 'vitest';
import { createUrlPolicy, devServerUrl } from './url-policy';

const production = createUrlPolicy({ devServerOrigin: null, allowDevtools: false });
const development = createUrlPolicy({ devServerOrigin: 'http://localhost:5173', allowDevtools: true });

describe('url policy in a packaged app', () => {
  it('trusts and navigates only within app://iop-desk', () => {
    for (const url of [
      'app://iop-desk/index.html',
      'app://iop-desk/',
      'app://iop-desk/assets/index-1a2b.js',
    ]) {
      expect(production.isTrustedSender(url), url).toBe(true);
      expect(production.mayNavigate(url), url).toBe(true);
    }
    for (const url of [
      'app://evil/index.html',
      'https://iop-desk.invalid/index.html',
      'https://www.example.se/',
      'http://localhost:5173/',
      'file:///C:/Windows/win.ini',
      'javascript:alert(1)',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(production.isTrustedSender(url), url).toBe(false);
      expect(production.mayNavigate(url), url).toBe(false);
    }
  });

  it('lets the session load only the app protocol, inline data and the app’s own blobs', () => {
    expect(production.mayRequest('app://iop-desk/assets/index.css')).toBe(true);
    expect(production.mayRequest('data:image/svg+xml;base64,PHN2Zz4=')).toBe(true);
    expect(production.mayRequest('blob:app://iop-desk/5f0c3b9e-1d7a-4c1e-9a57-2f4e8b1c0d3a')).toBe(true);
    for (const url of [
      'app://other-host/index.html',
      'https://fonts.googleapis.com/css?family=Inter',
      'http://127.0.0.1:8080/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/x.js',
      'blob:https://example.se/5f0c3b9e',
      'ftp://example.se/',
      'not a url',
    ]) {
      expect(production.mayRequest(url), url).toBe(false);
    }
  });
});

describe('url policy in development', () => {
  it('adds exactly the dev server origin, its hot-reload socket and devtools', () => {
    expect(development.isTrustedSender('http://localhost:5173/')).toBe(true);
    expect(development.mayNavigate('http://localhost:5173/index.html')).toBe(true);
    expect(development.mayRequest('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(development.mayRequest('ws://localhost:5173/?token=x')).toBe(true);
    expect(development.mayRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(development.isTrustedSender('app://iop-desk/index.html')).toBe(true);

    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'ws://localhost:9229/',
    ]) {
      expect(development.mayRequest(url), url).toBe(false);
      expect(development.isTrustedSender(url), url).toBe(false);
    }
  });
});

describe('devServerUrl', () => {
  it('is used only when not packaged and set', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)?.origin).toBe(
      'http://localhost:5173',
    );
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://[::1]:5173/' }, false)?.origin).toBe(
      'http://[::1]:5173',
    );
  });

  it('refuses anything but a local dev server', () => {
    expect(() => devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toThrow(
      /localhost/,
    );
    expect(() => devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toThrow(
      /localhost/,
    );
    expect(() => devServerUrl({ ELECTRON_RENDERER_URL: '::' }, false)).toThrow(/giltig/);
  });
});
