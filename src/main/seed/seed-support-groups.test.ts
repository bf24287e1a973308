// The small synthetic data set: valid test numbers only, and every state the
// screens and rules must handle, written consistently with the rules.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseIdentityNumber } from '../../shared/identity/personal-identity-number';
import { adminPassword, createTempApp, type TempApp } from '../../../test/support/temp-app';
import { seed } from './seed';

let app: TempApp;
beforeAll(async () => {
  app = createTempApp();
  await seed(app, { scale: 'small', password: adminPassword });
});
afterAll(() => app.dispose());

const distinct = async (
  table: 'support_group' | 'enrolment' | 'consent',
  column: 'status' | 'decision',
): Promise<string[]> => {
  const result = await sql<{
    value: string;
  }>`SELECT DISTINCT ${sql.ref(column)} AS value FROM ${sql.table(table)}`.execute(app.installation.db);
  return result.rows.map((r) => r.value).sort();
};

describe('seeding support groups (small)', () => {
  test('every identity number is valid and from the 980–999 series', async () => {
    const rows = await app.installation.db
      .selectFrom('child')
      .select(['identity_kind', 'identity_number', 'birth_date'])
      .execute();
    expect(rows.length).toBe(150);
    for (const row of rows.filter((r) => r.identity_number !== null)) {
      const parsed = parseIdentityNumber(row.identity_number!, '2026-03-02');
      expect(parsed).toMatchObject({
        ok: true,
        value: { kind: row.identity_kind, birthDate: row.birth_date },
      });
      expect(Number(row.identity_number!.slice(9, 12))).toBeGreaterThanOrEqual(980);
    }
    expect(new Set(rows.map((r) => r.identity_kind))).toEqual(
      new Set(['personnummer', 'samordningsnummer', 'none']),
    );
  });

  test('groups, enrolments and consents come in every state', async () => {
    expect(await distinct('support_group', 'status')).toEqual([
      'cancelled',
      'finished',
      'open',
      'planned',
      'running',
    ]);
    expect(await distinct('enrolment', 'status')).toEqual([
      'admitted',
      'cancelled',
      'completed',
      'interest',
      'offered',
      'participating',
      'waitlisted',
    ]);
    expect(await distinct('consent', 'decision')).toEqual(['given', 'refused', 'withdrawn']);
    const paused = await app.installation.db
      .selectFrom('enrolment')
      .select('id')
      .where('consent_paused', '=', 1)
      .execute();
    expect(paused.length).toBeGreaterThan(0);
  });

  test('the cached gate on every enrolment agrees with the consent rules', async () => {
    const rows = await app.installation.db
      .selectFrom('enrolment')
      .select(['id', 'gate_ready', 'consent_paused'])
      .execute();
    for (const row of rows) {
      const enrolment = await app.must('enrolments:get', { id: row.id });
      expect({ id: row.id, ready: enrolment.gate.ready, paused: enrolment.paused }).toEqual({
        id: row.id,
        ready: row.gate_ready === 1,
        paused: row.consent_paused === 1,
      });
    }
  });

  test('several years of history, and other municipalities feed the extra income', async () => {
    const years = await app.installation.db.selectFrom('support_group').select('start_date').execute();
    expect(new Set(years.map((y) => y.start_date.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    const counts = await app.installation.db
      .selectFrom('agreement_extra_income_count')
      .select('children')
      .execute();
    expect(counts.reduce((n, c) => n + c.children, 0)).toBeGreaterThan(0);
  });
});

describe('seeded groups bound to their agreement', () => {
  test("every group and session lies inside its agreement's period, run by its non-profit party", async () => {
    const { rows } = await sql<{ outside: number; unbound: number }>`
      SELECT
        (SELECT count(*) FROM group_session s
           JOIN support_group g ON g.id = s.group_id
           JOIN programme p ON p.id = g.programme_id
           JOIN agreement a ON a.id = p.agreement_id
         WHERE s.date < a.start_date OR s.date > a.end_date OR g.start_date < a.start_date) AS outside,
        (SELECT count(*) FROM programme p
         WHERE NOT EXISTS (SELECT 1 FROM agreement_party ap WHERE ap.agreement_id = p.agreement_id
                             AND ap.organisation_id = p.organisation_id AND ap.role = 'nonprofit')) AS unbound`.execute(
      app.installation.db,
    );
    expect(rows[0]).toEqual({ outside: 0, unbound: 0 });
  });
});
