import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveAppPath, serveAppFile } from './app-files';

let root: string;
let outside: string;
beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'iop-desk-files-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<meta name="csp-nonce" content="__CSP_NONCE__"><style nonce="__CSP_NONCE__"></style>',
  );
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'data.bin'), Buffer.from([1, 2, 3]));
  writeFileSync(outside, 'hemligt');
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('resolveAppPath', () => {
  test('maps the root and plain paths into the folder', () => {
    expect(resolveAppPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  test.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%',
  ])('never leaves the folder for %j', (pathname) => {
    const resolved = resolveAppPath(root, pathname);
    // Either refused or clamped inside the folder (as a browser clamps "/.." to "/").
    if (resolved !== null) expect(resolved.startsWith(join(root, '/'))).toBe(true);
    expect(resolved).not.toBe(outside);
  });

  test('an undecodable path is refused', () => {
    expect(resolveAppPath(root, '/%')).toBeNull();
    expect(resolveAppPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('serveAppFile', () => {
  test('serves index.html with a fresh CSP nonce in the header and the page', async () => {
    const first = await serveAppFile(root, '/index.html');
    const second = await serveAppFile(root, '/');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    const nonce = /'nonce-([^']+)'/.exec(first.headers['content-security-policy'] ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.body.toString()).toBe(
      `<meta name="csp-nonce" content="${nonce}"><style nonce="${nonce}"></style>`,
    );
    expect(second.headers['content-security-policy']).not.toBe(first.headers['content-security-policy']);
  });

  test('serves scripts with their type and no CSP header of their own', async () => {
    const js = await serveAppFile(root, '/assets/app.js');
    expect(js).toMatchObject({
      status: 200,
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' },
    });
    expect(js.headers['content-security-policy']).toBeUndefined();
    expect(js.body.toString()).toBe('console.log(1)');
    expect((await serveAppFile(root, '/assets/data.bin')).headers['content-type']).toBe(
      'application/octet-stream',
    );
  });

  test('answers 404 for missing files, folders and paths outside', async () => {
    for (const pathname of ['/missing.js', '/assets', '/../secret.txt', '/%2e%2e/secret.txt']) {
      const response = await serveAppFile(root, pathname);
      expect(response.status, pathname).toBe(404);
      expect(response.body.toString()).not.toContain('hemligt');
    }
  });
});
