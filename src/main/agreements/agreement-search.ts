// Full-text search over agreements with SQLite FTS5 (rowid = agreement id),
// plus filters by status, party and period. The index holds no personal data
// (no contact persons, no signatories), so every role may search it.
import type { AgreementData } from '../../shared/agreements/model';
import { fillPlaceholders } from '../../shared/agreements/placeholders';
import {
  replaceSearchEntry,
  searchRows,
  snippetRows,
  type SearchFilter,
  type SummaryRow,
} from './agreement-search-repository';
import type { ReadDb, WriteDb } from '../db/handles';

export async function indexAgreement(
  db: WriteDb,
  agreementId: number,
  data: AgreementData,
  nameOf: (organisationId: number) => string,
): Promise<void> {
  const filled = (text: string) => fillPlaceholders(text, { data, nameOf });
  const body = [
    data.background,
    data.purpose,
    ...data.goals,
    data.targetGroup.description,
    data.formAndBasis,
    data.valueBase,
    data.genderEquality,
    ...data.commitments.map((c) => c.text),
    ...data.clauses.flatMap((c) => [c.heading, filled(c.text)]),
    ...data.appendices.flatMap((a) => [a.title, a.registrationNumber]),
    data.memo.matter,
  ].join('\n');
  const parties = data.parties.map((p) => `${nameOf(p.organisationId)} ${p.actingThrough}`).join('\n');
  await replaceSearchEntry(db, agreementId, {
    registrationNumber: data.registrationNumber,
    title: data.title,
    parties,
    body,
  });
}

/**
 * The user's words as an FTS5 query: every word must occur, each as a prefix
 * ("stöd" finds "stödgrupper"). Quotes keep FTS5 operators in the text from
 * being read as syntax. Null when there is nothing to search for.
 */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 20)
    .map((w) => `"${w}"*`)
    .join(' AND ');
}

/** Snippets are made for the best hits only: they cost more than the search itself. */
const snippetCount = 50;

export async function searchAgreements(
  db: ReadDb,
  filter: SearchFilter,
): Promise<{ rows: SummaryRow[]; total: number }> {
  const match = ftsQuery(filter.query);
  if (filter.query.trim() !== '' && match === null) return { rows: [], total: 0 };
  const rows = await searchRows(db, filter, match);
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && filter.limit > 0) total = 0;

  const snippets = new Map<number, string>();
  if (match !== null && rows.length > 0) {
    const ids = rows.slice(0, snippetCount).map((r) => r.id);
    const found = await snippetRows(db, match, ids);
    for (const row of found) snippets.set(row.id, row.snippet);
  }
  return {
    total,
    rows: rows.map(({ total: _total, ...row }) => ({ ...row, snippet: snippets.get(row.id) ?? '' })),
  };
}
