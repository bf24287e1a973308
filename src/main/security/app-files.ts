// Serves the built renderer from its folder for the app's own origin, with the
// CSP header. Used by Electron's protocol handler and by the Chromium bridge,
// so both run the renderer under the same policy.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy, injectNonce, newNonce } from './content-security-policy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface AppFileResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Maps a URL path to a file inside `rootDir`; null when it would leave the folder. */
export function resolveAppPath(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  if (relative.split(/[/\\]/).includes('..')) return null;
  const full = join(rootDir, relative);
  const root = rootDir.endsWith(sep) ? rootDir : rootDir + sep;
  return full.startsWith(root) ? full : null;
}

export async function serveAppFile(rootDir: string, pathname: string): Promise<AppFileResponse> {
  const file = resolveAppPath(rootDir, pathname);
  const notFound = { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('Not found') };
  if (!file) return notFound;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound;
  }
  const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  if (type.startsWith('text/html')) {
    const nonce = newNonce();
    body = Buffer.from(injectNonce(body.toString('utf8'), nonce), 'utf8');
    headers['content-security-policy'] = contentSecurityPolicy(nonce);
  }
  return { status: 200, headers, body };
}
