// A small, fixed year of support groups for the report and gallring tests,
// built through the router like a coordinator would (children, consent, the
// notice to social services, attendance), with the agreement and its budget
// written straight into the database (the agreements domain tests its own).
//
// The year 2025 of agreement SN-2025/10, with the figures worked out by hand:
// - G1 weekly, starts 2025-02-03, finished: c1–c7. c1–c6 complete (8 of 8
//   present); c7 drops out after attending 2 of the first 4 sessions.
// - G2 weekly, starts 2025-09-01, finished: c1 (again), c8–c12; all complete;
//   c9 misses session 3 (47 present of 48). c8 comes from another
//   municipality (fee 5 000 kr).
// - G3 weekly, 2025-10-06, cancelled. G4 weekly, starts 2026-02-02, running:
//   c14 has been offered a place (referred 2025-12-01), and so has c2
//   (referred 2026-01-15, so not waiting at the end of 2025).
// - c13 waitlisted since 2025-11-01. So 2 children wait on 2025-12-31.
// - 12 children took part (13 participations): 7 girls, 4 boys, 1 other;
//   ages 6–9: 5, 10–12: 5, 13–15: 2; Farsta 6, Skärholmen 5, 1 with protected
//   identity; SoL 8, LVU 4; 11 from the own municipality, 1 from another.
// - Attendance 97 of 100 recorded; 16 sessions held; 1 concern report in
//   2025 (c3) and one in 2026 (c13); feedback: 2 praise (1 closed), 1
//   complaint (closed) in 2025, 1 question in 2026.
import { sql } from 'kysely';
import type { ChildInput } from '../../../src/shared/ipc/children';
import type { Group } from '../../../src/shared/ipc/support-groups';
import type { TempApp } from '../temp-app';
import { childInput, groupInput, programmeInput, testNumber } from '../support-groups/fixtures';

export interface FixtureChild {
  key: string;
  name: string;
  identityNumber: string;
  birthDate: string;
  gender: ChildInput['gender'];
  district: string;
  placementBasis: ChildInput['placementBasis'];
  protectedIdentity: boolean;
}

const girl = 'girl' as const;
const boy = 'boy' as const;

/** c1–c14. Names are invented; identity numbers are in the test series. */
export const fixtureChildren: FixtureChild[] = [
  ['c1', 'Alva Ekdahl', '2016-01-15', girl, 'Farsta', 'SoL', false],
  ['c2', 'Bea Fransson', '2016-05-20', girl, 'Farsta', 'SoL', false],
  ['c3', 'Cleo Grahn', '2017-03-03', girl, 'Farsta', 'SoL', false],
  ['c4', 'Dagny Holm', '2016-08-08', girl, 'Farsta', 'SoL', false],
  ['c5', 'Ebba Isaksson', '2015-11-30', girl, 'Farsta', 'SoL', false],
  ['c6', 'Frans Jonsson', '2013-06-01', boy, 'Farsta', 'SoL', false],
  ['c7', 'Gustav Kask', '2014-04-14', boy, 'Skärholmen', 'SoL', false],
  ['c8', 'Hedda Lund', '2013-02-02', girl, 'Skärholmen', 'SoL', false],
  ['c9', 'Idun Malm', '2014-07-07', girl, 'Skärholmen', 'LVU', false],
  ['c10', 'Jon Nord', '2013-10-10', boy, 'Skärholmen', 'LVU', false],
  ['c11', 'Kalle Orre', '2011-12-12', boy, 'Skärholmen', 'LVU', false],
  ['c12', 'Lo Persson', '2011-09-09', 'other', 'Farsta', 'LVU', true],
  ['c13', 'Mira Qvist', '2015-01-01', girl, 'Farsta', 'SoL', false],
  ['c14', 'Nils Rask', '2014-03-03', boy, 'Skärholmen', 'SoL', false],
].map(([key, name, birthDate, gender, district, placementBasis, protectedIdentity], i) => ({
  key: key as string,
  name: name as string,
  birthDate: birthDate as string,
  identityNumber: testNumber(birthDate as string, 900 + i),
  gender: gender as ChildInput['gender'],
  district: district as string,
  placementBasis: placementBasis as ChildInput['placementBasis'],
  protectedIdentity: protectedIdentity as boolean,
}));

export interface Fixture {
  agreementId: number;
  programmeId: number;
  groups: { g1: number; g2: number; g3: number; g4: number };
  childIds: Map<string, number>;
  /** Enrolment ids by `<child>@<group>`, e.g. `c1@g1`. */
  enrolmentIds: Map<string, number>;
}

async function insertAgreement(app: TempApp): Promise<number> {
  const now = app.clock.now().toISOString();
  const db = app.installation.db;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO agreement (registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
    VALUES ('SN-2025/10', 'Stödgrupper för familjehemsplacerade barn', 'active', '2025-01-01', '2026-12-31', 'quarterlyInAdvance', 500000, ${now}, ${now})
    RETURNING id`.execute(db);
  const id = rows[0]!.id;
  await sql`INSERT INTO agreement_budget_year (agreement_id, year, amount) VALUES (${id}, 2025, 68683300)`.execute(
    db,
  );
  await sql`INSERT INTO agreement_budget_line (agreement_id, year, position, label, amount) VALUES
    (${id}, 2025, 0, 'Personal', 67883300), (${id}, 2025, 1, 'Material', 800000)`.execute(db);
  return id;
}

async function createChild(app: TempApp, c: FixtureChild): Promise<number> {
  const created = await app.must(
    'children:create',
    childInput({
      name: c.name,
      identityNumber: c.identityNumber,
      gender: c.gender,
      district: c.district,
      placementBasis: c.placementBasis,
      protectedIdentity: c.protectedIdentity,
      homeMunicipality: 'Stockholm',
      guardians:
        c.placementBasis === 'LVU'
          ? [{ name: `Vårdnadshavare till ${c.name}`, phone: '070-174 06 21', email: '', hasCustody: true }]
          : [
              { name: `Förälder Ett till ${c.name}`, phone: '070-174 06 22', email: '', hasCustody: true },
              { name: `Förälder Två till ${c.name}`, phone: '070-174 06 23', email: '', hasCustody: true },
            ],
    }),
  );
  return created.id;
}

/** Offers a place, records consent (SoL) and the notice, and admits the child. */
async function enrol(
  app: TempApp,
  childId: number,
  programmeId: number,
  groupId: number,
  referredOn: string,
  otherMunicipality = false,
) {
  const child = await app.must('children:get', { id: childId });
  let e = await app.must('enrolments:create', {
    childId,
    programmeId,
    groupId,
    status: 'offered',
    referredOn,
    otherMunicipality,
  });
  e = await app.must('enrolments:transition', { id: e.id, version: e.version, to: 'admitted' });
  if (e.consentRequired) {
    for (const g of child.guardians.filter((x) => x.hasCustody)) {
      for (const scope of ['participation', 'dataSharing'] as const) {
        e = await app.must('enrolments:recordConsent', {
          enrolmentId: e.id,
          guardianId: g.id,
          scope,
          decision: 'given',
          decidedOn: referredOn,
          method: 'written',
          documentReference: `Dnr samtycke ${child.name}`,
        });
      }
    }
  }
  e = await app.must('enrolments:recordNotice', {
    enrolmentId: e.id,
    informedOn: referredOn,
    informedBy: 'Kim Koordinator',
    informedWhom: `Handläggare för ${child.name}`,
  });
  e = await app.must('enrolments:recordChildView', {
    enrolmentId: e.id,
    recordedOn: referredOn,
    summary: `${child.name} vill gärna träffa andra barn i samma situation.`,
    recordedBy: 'Kim Koordinator',
  });
  return e.id;
}

async function attend(app: TempApp, group: Group, session: number, presence: [number, boolean][]) {
  await app.must('supportGroups:recordAttendance', {
    sessionId: group.sessions[session]!.id,
    entries: presence.map(([enrolmentId, present]) => ({ enrolmentId, present })),
  });
}

async function setStatus(app: TempApp, id: number, status: 'finished' | 'cancelled' | 'running') {
  const g = await app.must('supportGroups:get', { id });
  await app.must('supportGroups:update', {
    id,
    version: g.version,
    data: {
      programmeId: g.programmeId,
      name: g.name,
      leaders: g.leaders,
      location: g.location,
      startDate: g.startDate,
      startTime: g.startTime,
      status,
      parentGroupId: g.parentGroupId,
      ageMin: g.ownAgeBand ? g.ageMin : null,
      ageMax: g.ownAgeBand ? g.ageMax : null,
    },
  });
}

async function complete(app: TempApp, enrolmentId: number) {
  const e = await app.must('enrolments:get', { id: enrolmentId });
  await app.must('enrolments:transition', { id: e.id, version: e.version, to: 'completed' });
}

export async function buildFixture(app: TempApp): Promise<Fixture> {
  const agreementId = await insertAgreement(app);
  const programme = await app.must('programmes:create', programmeInput(agreementId));
  const make = (name: string, startDate: string) =>
    app.must(
      'supportGroups:create',
      groupInput(programme.id, { name, startDate, status: 'open', location: 'Föreningens lokal' }),
    );
  const g1 = await make('Vårgruppen 2025', '2025-02-03');
  const g2 = await make('Höstgruppen 2025', '2025-09-01');
  const g3 = await make('Extragruppen 2025', '2025-10-06');
  const g4 = await make('Vårgruppen 2026', '2026-02-02');

  const childIds = new Map<string, number>();
  for (const c of fixtureChildren) childIds.set(c.key, await createChild(app, c));
  const id = (key: string) => childIds.get(key)!;
  const enrolmentIds = new Map<string, number>();

  for (const key of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'])
    enrolmentIds.set(`${key}@g1`, await enrol(app, id(key), programme.id, g1.id, '2025-01-10'));
  const g1Enrolments = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((k) => enrolmentIds.get(`${k}@g1`)!);
  const c7 = enrolmentIds.get('c7@g1')!;
  for (let s = 0; s < 4; s++)
    await attend(app, g1, s, [...g1Enrolments.map((e): [number, boolean] => [e, true]), [c7, s < 2]]);
  const dropped = await app.must('enrolments:get', { id: c7 });
  await app.must('enrolments:transition', {
    id: c7,
    version: dropped.version,
    to: 'cancelled',
    reason: 'Familjen flyttade till en annan ort.',
  });
  for (let s = 4; s < 8; s++)
    await attend(
      app,
      g1,
      s,
      g1Enrolments.map((e): [number, boolean] => [e, true]),
    );
  for (const e of g1Enrolments) await complete(app, e);

  // c1 may enrol again once the first group is completed.
  const g2Keys = ['c1', 'c8', 'c9', 'c10', 'c11', 'c12'];
  for (const key of g2Keys)
    enrolmentIds.set(`${key}@g2`, await enrol(app, id(key), programme.id, g2.id, '2025-05-01', key === 'c8'));
  for (let s = 0; s < 8; s++) {
    await attend(
      app,
      g2,
      s,
      g2Keys.map((k): [number, boolean] => [enrolmentIds.get(`${k}@g2`)!, !(k === 'c9' && s === 2)]),
    );
  }
  for (const k of g2Keys) await complete(app, enrolmentIds.get(`${k}@g2`)!);
  await setStatus(app, g1.id, 'finished');
  await setStatus(app, g2.id, 'finished');
  await setStatus(app, g3.id, 'cancelled');
  await setStatus(app, g4.id, 'running');

  const waiting = await app.must('enrolments:create', {
    childId: id('c13'),
    programmeId: programme.id,
    groupId: null,
    status: 'waitlisted',
    referredOn: '2025-11-01',
  });
  enrolmentIds.set('c13@waiting', waiting.id);
  const offered = await app.must('enrolments:create', {
    childId: id('c14'),
    programmeId: programme.id,
    groupId: g4.id,
    status: 'offered',
    referredOn: '2025-12-01',
  });
  enrolmentIds.set('c14@g4', offered.id);
  // c2 comes back for the spring 2026 group: a child with another ongoing enrolment when 2025 is erased.
  const again = await app.must('enrolments:create', {
    childId: id('c2'),
    programmeId: programme.id,
    groupId: g4.id,
    status: 'offered',
    referredOn: '2026-01-15',
  });
  enrolmentIds.set('c2@g4', again.id);

  await app.must('children:addConcernReport', {
    childId: id('c3'),
    reportedOn: '2025-03-10',
    socialServices: 'Socialtjänsten Farsta',
    reportedBy: 'Gruppledare',
  });
  await app.must('children:addConcernReport', {
    childId: id('c13'),
    reportedOn: '2026-01-10',
    socialServices: 'Socialtjänsten Farsta',
    reportedBy: 'Gruppledare',
  });

  const feedback = (receivedOn: string, category: 'praise' | 'complaint' | 'question', closed: boolean) =>
    app.must('feedback:create', {
      agreementId,
      receivedOn,
      channel: 'form',
      category,
      summary: 'Synpunkt på gruppens upplägg.',
      closed,
      closedOn: closed ? receivedOn : null,
    });
  await feedback('2025-03-01', 'praise', true);
  await feedback('2025-10-01', 'praise', false);
  await feedback('2025-06-01', 'complaint', true);
  await feedback('2026-01-20', 'question', false);

  await app.must('reports:saveActuals', {
    agreementId,
    year: 2025,
    actuals: [{ label: 'Personal', actual: 65_000_000 }],
  });
  return {
    agreementId,
    programmeId: programme.id,
    groups: { g1: g1.id, g2: g2.id, g3: g3.id, g4: g4.id },
    childIds,
    enrolmentIds,
  };
}
