// The `app://iop-desk` protocol that serves the built renderer (never
// `file://`): a standard, secure scheme so the page gets a real origin for
// its CSP, `fetch` and storage. Responses come from `serveAppFile`, CSP included.
import type { CustomScheme } from 'electron';
import { serveAppFile } from '../security/app-files';
import { appHost, appScheme } from '../security/app-origin';

export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...extra } });

/** Answers one request on the app protocol from the files in `rendererDir`. */
export async function respondToAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return plain(405, 'Method not allowed', { allow: 'GET, HEAD' });
  const file = await serveAppFile(rendererDir, url.pathname);
  const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
  return new Response(body, { status: file.status, headers: file.headers });
}
