// An error a user can meet: carries a code from the catalogue. Services throw
// it; the router turns it into the envelope's error.
import type { ErrorCode } from '../../shared/error-codes';

export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: { fields?: Record<string, string>; retryAfterSeconds?: number } = {},
  ) {
    super(code);
    this.name = 'AppFailure';
  }
}

export const isAppFailure = (error: unknown): error is AppFailure => error instanceof AppFailure;
