// Full-text search over agreements with SQLite FTS5 (rowid = agreement id),
// plus filters by status, party and period. The index holds no personal data
// (no contact persons, no signatories), so every role may search it.
import { sql } from 'kysely';
import type { AgreementStatus, AgreementData } from '../../shared/agreements/model';
import { fillPlaceholders } from '../../shared/agreements/placeholders';
import type { DbOrTrx } from '../db/schema/database';
import type { ReadDb } from '../db/handles';

export async function indexAgreement(
  db: DbOrTrx,
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
    ...data.amendments.map((a) => a.description),
    data.memo.matter,
  ].join('\n');
  const parties = data.parties.map((p) => `${nameOf(p.organisationId)} ${p.actingThrough}`).join('\n');
  await sql`DELETE FROM agreement_fts WHERE rowid = ${agreementId}`.execute(db);
  await sql`
    INSERT INTO agreement_fts (rowid, registration_number, title, parties, body)
    VALUES (${agreementId}, ${data.registrationNumber}, ${data.title}, ${parties}, ${body})`.execute(db);
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

export interface SearchFilter {
  query: string;
  statuses: AgreementStatus[];
  organisationId: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  limit: number;
}

export interface SummaryRow {
  id: number;
  registration_number: string;
  title: string;
  status: AgreementStatus;
  start_date: string;
  end_date: string;
  yearly_amount: number | null;
  snippet: string;
}

/** Snippets are made for the best hits only: they cost more than the search itself. */
const snippetRows = 50;

export async function searchAgreements(
  db: ReadDb,
  filter: SearchFilter,
): Promise<{ rows: SummaryRow[]; total: number }> {
  const match = ftsQuery(filter.query);
  if (filter.query.trim() !== '' && match === null) return { rows: [], total: 0 };
  const conditions = [sql`1 = 1`];
  if (filter.statuses.length > 0) {
    conditions.push(sql`a.status IN (${sql.join(filter.statuses.map((s) => sql`${s}`))})`);
  }
  if (filter.organisationId !== null) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.organisation_id = ${filter.organisationId})`,
    );
  }
  // Agreements whose period overlaps the one asked for.
  if (filter.periodTo !== null) conditions.push(sql`a.start_date <= ${filter.periodTo}`);
  if (filter.periodFrom !== null) conditions.push(sql`a.end_date >= ${filter.periodFrom}`);
  const where = sql.join(conditions, sql` AND `);
  const columns = sql`
    a.id, a.registration_number, a.title, a.status, a.start_date, a.end_date,
    (SELECT max(y.amount) FROM agreement_budget_year y WHERE y.agreement_id = a.id) AS yearly_amount,
    count(*) OVER () AS total`;

  // One pass gives the page of rows and, through the window count, the total.
  const result =
    match === null
      ? await sql<Omit<SummaryRow, 'snippet'> & { total: number }>`
          SELECT ${columns} FROM agreement a
          WHERE ${where}
          ORDER BY a.start_date DESC, a.registration_number
          LIMIT ${filter.limit}`.execute(db)
      : await sql<Omit<SummaryRow, 'snippet'> & { total: number }>`
          SELECT ${columns}
          FROM (
            SELECT rowid AS id, bm25(agreement_fts, 10.0, 5.0, 3.0, 1.0) AS rank
            FROM agreement_fts WHERE agreement_fts MATCH ${match}
          ) f JOIN agreement a ON a.id = f.id
          WHERE ${where}
          ORDER BY f.rank, a.registration_number
          LIMIT ${filter.limit}`.execute(db);
  let total = Number(result.rows[0]?.total ?? 0);
  if (result.rows.length === 0 && filter.limit > 0) total = 0;

  const snippets = new Map<number, string>();
  if (match !== null && result.rows.length > 0) {
    const ids = result.rows.slice(0, snippetRows).map((r) => r.id);
    const found = await sql<{ id: number; snippet: string }>`
      SELECT rowid AS id, snippet(agreement_fts, -1, '[', ']', '…', 12) AS snippet
      FROM agreement_fts WHERE agreement_fts MATCH ${match} AND rowid IN (${sql.join(ids)})`.execute(db);
    for (const row of found.rows) snippets.set(row.id, row.snippet);
  }
  return {
    total,
    rows: result.rows.map(({ total: _total, ...row }) => ({ ...row, snippet: snippets.get(row.id) ?? '' })),
  };
}
