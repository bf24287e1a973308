import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, respondToAppRequest } from './app-protocol';

let rendererDir: string;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'iop-desk-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><meta name="csp-nonce" content="__CSP_NONCE__"><script type="module" src="./assets/index.js"></script>',
  );
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log("hej")');
  writeFileSync(join(root, 'secret.txt'), 'hemligt');
});

afterAll(() => rmSync(join(rendererDir, '..'), { recursive: true, force: true }));

const get = (url: string, method = 'GET') => respondToAppRequest(new Request(url, { method }), rendererDir);

describe('app protocol', () => {
  it('is registered as a standard, secure scheme with fetch support', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('serves index.html with the CSP header and a fresh nonce in place of the placeholder', async () => {
    const response = await get('app://iop-desk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).not.toContain('__CSP_NONCE__');
    const nonce = /content="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect((await get('app://iop-desk/')).status).toBe(200);
  });

  it('serves assets with their type and no CSP', async () => {
    const response = await get('app://iop-desk/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe('console.log("hej")');
  });

  it('never leaves the renderer folder and never serves another host', async () => {
    for (const url of [
      'app://iop-desk/../secret.txt',
      'app://iop-desk/%2e%2e/secret.txt',
      'app://iop-desk/assets/%2e%2e%2f..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('hemligt');
    }
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://iop-desk/missing.js')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://iop-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://iop-desk/index.html', 'POST');
    expect(post.status).toBe(405);
  });
});
