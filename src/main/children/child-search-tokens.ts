// The words a child is found by: each word of the name, and the identity
// number as 12 and 10 digits; a query matches when each of its words is a
// prefix of one of the child's tokens (see child-search-repository.ts).

export const foldText = (text: string): string => text.normalize('NFC').toLocaleLowerCase('sv');

const words = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

export function searchTokens(name: string, identityNumber: string | null): string[] {
  const tokens = new Set(words(name));
  if (identityNumber) {
    const digits = identityNumber.replace(/\D/g, '');
    tokens.add(digits);
    tokens.add(digits.slice(2));
  }
  return [...tokens];
}

/** Query words; an identity number typed with a dash or plus becomes one digit word. */
export function queryWords(query: string): string[] {
  const trimmed = query.trim();
  if (/^[\d\s+-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits === '' ? [] : [digits];
  }
  // Longest word first: it is usually the most selective one to drive the search.
  return [...new Set(words(trimmed))].sort((a, b) => b.length - a.length);
}
