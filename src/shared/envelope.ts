// The serialisable result every IPC call returns: nothing throws across the
// process boundary (learned from Signal Desktop).
import type { ErrorCode } from './error-codes';

export interface AppError {
  code: ErrorCode;
  /** Swedish text for the user; the renderer may re-translate by `code`. */
  message: string;
  /** Field path → message key, for validation errors. */
  fields?: Record<string, string>;
  /** Seconds the caller must wait, for `auth.throttled`. */
  retryAfterSeconds?: number;
  /** Values for the `{name}` placeholders of the code's text (dates, names). */
  params?: Record<string, string>;
  /** What the message is about, listed under it (e.g. the groups still running). */
  items?: string[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: AppError): Envelope<never> => ({ ok: false, error });
