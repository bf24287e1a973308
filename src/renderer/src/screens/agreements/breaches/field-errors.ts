// Main's field errors of a failed call, as the text for one form field.
import type { AppError } from '../../../../../shared/envelope';

export const fieldError =
  (failure: AppError | null, text: (key: string) => string) =>
  (...paths: string[]): string | undefined => {
    for (const path of paths) {
      const key = failure?.fields?.[path];
      if (key) return text(key);
    }
    return undefined;
  };
