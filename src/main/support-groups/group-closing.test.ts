// Closing a group: before issue 11 a finished group left its children
// "Deltar". Now every child still in it gets an outcome in the same step, and
// finishing it any other way is refused while children are in it.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import {
  admittedChild,
  notice,
  onDayOf,
  setUpGroup,
  testNumber,
} from '../../../test/support/support-groups/fixtures';

let app: TempApp;
let setup: Awaited<ReturnType<typeof setUpGroup>>;
beforeEach(async () => {
  app = await createInstalledApp();
  setup = await setUpGroup(app);
});
afterEach(() => app.dispose());

/** Three LVU children (no consent needed): Tolvan and Lea come to sessions 1–2, Kim never comes. */
async function groupWithThreeChildren() {
  const children = [];
  for (const [name, birth] of [
    ['Tolvan Tolvansson', '2014-02-01'],
    ['Lea Exempel', '2014-05-10'],
    ['Kim Exempel', '2013-09-09'],
  ] as const) {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      placementBasis: 'LVU',
      name,
      identityNumber: testNumber(birth),
    });
    await app.must('enrolments:recordNotice', notice(enrolment.id));
    children.push(enrolment.id);
  }
  const [tolvan, lea, kim] = children as [number, number, number];
  const [s1, s2] = setup.group.sessions;
  onDayOf(app, s2!.date);
  for (const s of [s1!, s2!]) {
    await app.must('supportGroups:recordAttendance', {
      sessionId: s.id,
      entries: [
        { enrolmentId: tolvan, present: true },
        { enrolmentId: lea, present: s === s1 },
      ],
    });
  }
  return { tolvan, lea, kim, group: await app.must('supportGroups:get', { id: setup.group.id }) };
}

const byName = (group: { participants: { childName: string; status: string }[] }) =>
  group.participants.map((p) => [p.childName, p.status]).sort(([a], [b]) => a!.localeCompare(b!, 'sv'));
const statuses = async () => byName(await app.must('supportGroups:get', { id: setup.group.id }));

describe('closing a group', () => {
  test('every child gets an outcome in one step: completed, or dropped out with the session', async () => {
    const { tolvan, lea, kim, group } = await groupWithThreeChildren();
    const closed = await app.must('supportGroups:close', {
      id: group.id,
      version: group.version,
      outcomes: [
        { enrolmentId: tolvan, outcome: 'completed' },
        { enrolmentId: lea, outcome: 'droppedOut', reason: 'Slutade efter träffen 2026-03-04.' },
        { enrolmentId: kim, outcome: 'droppedOut', reason: 'Började aldrig.' },
      ],
    });
    expect(closed.status).toBe('finished');
    expect(byName(closed)).toEqual([
      ['Kim Exempel', 'cancelled'],
      ['Lea Exempel', 'cancelled'],
      ['Tolvan Tolvansson', 'completed'],
    ]);
    expect((await app.must('enrolments:get', { id: lea })).cancelReason).toBe(
      'Slutade efter träffen 2026-03-04.',
    );
  });

  test('a child without an outcome, or one who never started marked completed: nothing changes', async () => {
    const { tolvan, lea, kim, group } = await groupWithThreeChildren();
    const refused = await app.call('supportGroups:close', {
      id: group.id,
      version: group.version,
      outcomes: [
        { enrolmentId: tolvan, outcome: 'completed' },
        { enrolmentId: kim, outcome: 'completed' },
      ],
    });
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'supportGroups.closingOutcomes',
      message: 'Gruppen avslutades inte. Ange utfallet för varje barn:',
      fields: {
        [`outcomes.${lea}`]: 'supportGroups.outcomeMissing',
        [`outcomes.${kim}.outcome`]: 'supportGroups.completedNotStarted',
      },
    });
    expect((await app.must('supportGroups:get', { id: group.id })).status).toBe('open');
    expect(await statuses()).toEqual([
      ['Kim Exempel', 'admitted'],
      ['Lea Exempel', 'participating'],
      ['Tolvan Tolvansson', 'participating'],
    ]);
  });

  test('finishing through the group form is refused while children are in the group', async () => {
    const { group } = await groupWithThreeChildren();
    const data = {
      programmeId: group.programmeId,
      name: group.name,
      leaders: group.leaders,
      location: group.location,
      startDate: group.startDate,
      startTime: group.startTime,
      status: 'finished' as const,
    };
    const refused = await app.call('supportGroups:update', { id: group.id, version: group.version, data });
    expect(refused.ok ? null : refused.error.code).toBe('supportGroups.closeWithOutcomes');
    expect(await statuses()).toEqual([
      ['Kim Exempel', 'admitted'],
      ['Lea Exempel', 'participating'],
      ['Tolvan Tolvansson', 'participating'],
    ]);
  });

  test('an empty group closes without outcomes; a closed group cannot be closed again', async () => {
    const closed = await app.must('supportGroups:close', {
      id: setup.group.id,
      version: setup.group.version,
      outcomes: [],
    });
    expect(closed.status).toBe('finished');
    const again = await app.call('supportGroups:close', {
      id: closed.id,
      version: closed.version,
      outcomes: [],
    });
    expect(again.ok ? null : again.error.code).toBe('supportGroups.closed');
  });
});
