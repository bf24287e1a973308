// Prefix search over children without scanning them all: every child has
// search tokens (child-search-tokens.ts), and a query matches when each of
// its words is a prefix of one of the child's tokens. Token ranges are served
// by the primary key index.
import { sql } from 'kysely';
import type { ReadDb, WriteDb } from '../db/handles';
import { queryWords } from './child-search-tokens';

/** The smallest string greater than every string starting with `prefix`. */
const prefixEnd = (prefix: string): string =>
  prefix.slice(0, -1) + String.fromCodePoint((prefix.codePointAt(prefix.length - 1) ?? 0) + 1);

/** Largest prefix range read whole; broader words are checked per candidate instead. */
const rangeCap = 20_000;
const chunkSize = 900;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / chunkSize) }, (_, i) =>
    items.slice(i * chunkSize, (i + 1) * chunkSize),
  );

/** Child ids with a token starting with `word`, in token order (a sequential read of the key). */
async function idsForWord(db: ReadDb, word: string): Promise<{ ids: number[]; complete: boolean }> {
  const rows = await db
    .selectFrom('child_search_token')
    .select('child_id')
    .where('token', '>=', word)
    .where('token', '<', prefixEnd(word))
    .limit(rangeCap + 1)
    .execute();
  return { ids: rows.slice(0, rangeCap).map((r) => r.child_id), complete: rows.length <= rangeCap };
}

/** Keeps the candidates that also have a token starting with `word`. */
async function withWord(db: ReadDb, candidates: readonly number[], word: string): Promise<number[]> {
  const found = new Set<number>();
  for (const part of chunks(candidates)) {
    const rows = await db
      .selectFrom('child_search_token')
      .select('child_id')
      .where('child_id', 'in', part)
      .where('token', '>=', word)
      .where('token', '<', prefixEnd(word))
      .execute();
    for (const r of rows) found.add(r.child_id);
  }
  return candidates.filter((id) => found.has(id));
}

/** The first `limit` candidates (in their order) living in `district`. */
async function inDistrict(
  db: ReadDb,
  candidates: readonly number[],
  district: string,
  limit: number,
): Promise<number[]> {
  const kept: number[] = [];
  for (const part of chunks(candidates)) {
    const rows = await db
      .selectFrom('child')
      .select('id')
      .where('id', 'in', part)
      .where('district', '=', district)
      .execute();
    const ids = new Set(rows.map((r) => r.id));
    for (const id of part) if (ids.has(id) && kept.length < limit) kept.push(id);
    if (kept.length >= limit) break;
  }
  return kept;
}

/** One query for the rare case where every word is too broad to read whole (e.g. "a e"). */
async function searchByExists(
  db: ReadDb,
  words: readonly string[],
  options: { district: string; limit: number },
) {
  const [first, ...rest] = words as [string, ...string[]];
  let q = db
    .selectFrom('child_search_token as t')
    .select('t.child_id')
    .distinct()
    .where('t.token', '>=', first)
    .where('t.token', '<', prefixEnd(first));
  for (const word of rest) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('child_search_token as o')
          .select(sql`1`.as('one'))
          .whereRef('o.child_id', '=', 't.child_id')
          .where('o.token', '>=', word)
          .where('o.token', '<', prefixEnd(word)),
      ),
    );
  }
  if (options.district !== '') {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('child as d')
          .select(sql`1`.as('one'))
          .whereRef('d.id', '=', 't.child_id')
          .where('d.district', '=', options.district),
      ),
    );
  }
  return (await q.limit(options.limit).execute()).map((r) => r.child_id);
}

/**
 * Child ids whose tokens match every query word, at most `limit`. Each word's
 * range is read in key order and the ranges are intersected here: random
 * lookups per candidate are what makes a search slow on a large register.
 */
export async function searchChildIds(
  db: ReadDb,
  query: string,
  options: { district: string; limit: number },
): Promise<number[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  // One word and no district: the first `limit` children in key order will do.
  if (words.length === 1 && options.district === '') return searchByExists(db, words, options);
  const lists = await Promise.all(words.map(async (word) => ({ word, ...(await idsForWord(db, word)) })));
  const whole = lists.filter((l) => l.complete).sort((a, b) => a.ids.length - b.ids.length);
  const smallest = whole[0];
  if (!smallest) return searchByExists(db, words, options);
  const others = whole.slice(1).map((l) => new Set(l.ids));
  const seen = new Set<number>();
  let candidates = smallest.ids.filter((id) =>
    seen.has(id) ? false : (seen.add(id), others.every((set) => set.has(id))),
  );
  for (const broad of lists.filter((l) => !l.complete))
    candidates = await withWord(db, candidates, broad.word);
  if (options.district !== '') return inDistrict(db, candidates, options.district, options.limit);
  return candidates.slice(0, options.limit);
}

export async function replaceSearchTokens(
  db: WriteDb,
  childId: number,
  tokens: readonly string[],
): Promise<void> {
  await db.deleteFrom('child_search_token').where('child_id', '=', childId).execute();
  if (tokens.length === 0) return;
  await db
    .insertInto('child_search_token')
    .values(tokens.map((token) => ({ token, child_id: childId })))
    .execute();
}
