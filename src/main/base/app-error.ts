// An error a user can meet: carries a code from the catalogue. Services throw
// it; the router turns it into the envelope's error.
import type { ErrorCode } from '../../shared/error-codes';

export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: {
      fields?: Record<string, string>;
      retryAfterSeconds?: number;
      /** Filled into the `{name}` placeholders of the code's text. */
      params?: Record<string, string>;
      /** Listed under the message (names, dates): never personal data of a child. */
      items?: string[];
    } = {},
  ) {
    super(code);
    this.name = 'AppFailure';
  }
}

export const isAppFailure = (error: unknown): error is AppFailure => error instanceof AppFailure;
