// The renderer's only door to main: a thin wrapper over `window.api`. Stores
// call it; components never do. A call that rejects (the bridge itself broke)
// becomes an `internal` error envelope, so callers only ever see envelopes.
import type { Api } from '../../../preload/api-types';
import { fail, type Envelope } from '../../../shared/envelope';
import { message } from '../../../shared/i18n/messages';

export type ApiClient = Api;

let override: ApiClient | null = null;
let onLockedError: (() => void) | null = null;

/** Replaces `window.api` (store tests use a fake client). */
export function setApiClient(client: ApiClient | null): void {
  override = client;
}

function client(): ApiClient {
  if (override) return override;
  const api = (globalThis as { api?: ApiClient }).api;
  if (!api) throw new Error('window.api is missing');
  return api;
}

/** Called when main answers `locked` to a call that needed a session (main locked without us noticing). */
export function setLockedErrorHandler(handler: (() => void) | null): void {
  onLockedError = handler;
}

export async function call<T>(run: (api: ApiClient) => Promise<Envelope<T>>): Promise<Envelope<T>> {
  let result: Envelope<T>;
  try {
    result = await run(client());
  } catch {
    result = fail({ code: 'internal', message: message('internal') });
  }
  if (!result.ok && result.error.code === 'locked') onLockedError?.();
  return result;
}

/** Main's lock events (OS lock screen, suspend). Returns the unsubscribe function. */
export function onLocked(callback: () => void): () => void {
  try {
    return client().events.onLocked(callback);
  } catch {
    return () => {};
  }
}
