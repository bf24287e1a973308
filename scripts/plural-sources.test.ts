// Issue 11: "1 inskrivningar". Text built in code (documents, hand-back files,
// the CLI) says a count with countOf() from src/shared/i18n/plural.ts, as the
// catalogues use {count|…|…}; this finds a count put straight before a plural
// noun in any source file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const nouns = [
  ...'månader veckor dagar timmar minuter sekunder inskrivningar deltaganden grupper träffar poster rader närvarorader överenskommelser organisationer'.split(
    ' ',
  ),
  ...'months weeks days hours minutes seconds enrolments groups sessions entries rows agreements organisations children'.split(
    ' ',
  ),
];
const countBeforeNoun = new RegExp(`\\$\\{[^{}]+\\} (${nouns.join('|')})\\b`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('counts in text built in code', () => {
  it('no count is put straight before a plural noun', () => {
    const found = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(countBeforeNoun)].map((m) => `${file}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
