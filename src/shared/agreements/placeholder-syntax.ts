// How a placeholder is written in a clause text: `{{årsbelopp}}`, spaces
// inside the braces allowed. Kept apart from the placeholders' values so the
// clause checks can read texts without depending on what fills them.
export const placeholderPattern = /\{\{\s*([\p{L}_]+)\s*\}\}/gu;

/** Every placeholder name the text uses, known or not. */
export const placeholdersIn = (text: string): string[] =>
  [...text.matchAll(placeholderPattern)].map((m) => m[1]!);
