// Generated passphrases for manual backups: random common Swedish words
// joined by hyphens, easy to read aloud, write down and type.
import { randomInt } from 'node:crypto';
import { passphraseWords } from './passphrase-words';

export const passphraseWordCount = 6;

export function generatePassphrase(words = passphraseWordCount): string {
  return Array.from({ length: words }, () => passphraseWords[randomInt(passphraseWords.length)]).join('-');
}
