import { describe, expect, test } from 'vitest';
import { appEntryUrl, appOrigin, bridgeOrigin, isAppUrl, isSameOrigin } from './app-origin';

describe('app origin', () => {
  test('the app is served from app://iop-desk', () => {
    expect(appOrigin).toBe('app://iop-desk');
    expect(appEntryUrl).toBe('app://iop-desk/index.html');
    expect(bridgeOrigin).toBe('https://iop-desk.invalid');
  });

  test.each(['app://iop-desk/index.html', 'app://iop-desk/', 'app://iop-desk/assets/x.js?v=1#top'])(
    '%s is the app',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  test.each([
    'app://iop-desk.evil/index.html',
    'app://evil/iop-desk/',
    'https://iop-desk/index.html',
    'file:///app/iop-desk/index.html',
    'app://user@evil/',
    'app://iop-desk:8080/',
    'not a url',
    '',
  ])('%j is not', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  test('the bridge origin is compared by scheme and host', () => {
    expect(isSameOrigin('https://iop-desk.invalid/index.html', bridgeOrigin)).toBe(true);
    expect(isSameOrigin('http://iop-desk.invalid/index.html', bridgeOrigin)).toBe(false);
    expect(isSameOrigin('https://iop-desk.invalid.evil.com/', bridgeOrigin)).toBe(false);
  });
});
