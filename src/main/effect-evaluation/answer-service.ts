// Answer sheets per enrolment: checked against the instrument (every answer
// on its item's scale, every required item answered), one per enrolment,
// instrument and occasion, and only for instruments the enrolment's
// programme uses. A refused sheet saves nothing. A saved sheet updates its
// group's effect sums in the same transaction (group-sums-service.ts).
import type { AnswerSheet, GroupAnswers } from '../../shared/ipc/effect-evaluation';
import { answerProblems } from '../../shared/effect-evaluation/scoring';
import type { Occasion } from '../../shared/effect-evaluation/vocabulary';
import { AppFailure } from '../base/app-error';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import {
  answerRow,
  answerRowsOfEnrolment,
  enrolmentPlace,
  groupProgramme,
  insertAnswer,
  occasionRecorded,
  recordedOfGroup,
} from './answer-repository';
import { settleEffectSums } from './group-sums-service';
import { programmeInstrumentRows } from './instrument-repository';
import { requireInstrument } from './instrument-service';

type AnswerRow = Awaited<ReturnType<typeof answerRow>>;

const toSheet = (r: AnswerRow): AnswerSheet => ({
  id: r.id,
  enrolmentId: r.enrolment_id,
  instrumentId: r.instrument_id,
  occasion: r.occasion,
  answeredOn: r.answered_on,
  enteredBy: r.entered_by,
  values: JSON.parse(r.answer_values) as (number | null)[],
  createdAt: r.created_at,
});

const occasionTaken: Record<
  Occasion,
  'effect.beforeExists' | 'effect.afterExists' | 'effect.followUpExists'
> = {
  before: 'effect.beforeExists',
  after: 'effect.afterExists',
  followUp: 'effect.followUpExists',
};

export async function recordAnswer(
  ctx: ServiceContext,
  input: {
    enrolmentId: number;
    instrumentId: number;
    occasion: Occasion;
    answeredOn: string;
    values: (number | null)[];
  },
): Promise<AnswerSheet> {
  const place = await enrolmentPlace(ctx.db, input.enrolmentId);
  if (!place) throw new AppFailure('notFound');
  const instrument = await requireInstrument(ctx.db, input.instrumentId, 'instrumentId');
  const chosen = (await programmeInstrumentRows(ctx.db, place.programme_id)).find(
    (r) => r.instrument_id === input.instrumentId,
  );
  if (!chosen) throw new AppFailure('effect.notInProgramme');
  if (input.occasion === 'followUp' && chosen.follow_up_months === null)
    throw new AppFailure('effect.noFollowUp');
  if (await occasionRecorded(ctx.db, input.enrolmentId, input.instrumentId, input.occasion))
    throw new AppFailure(occasionTaken[input.occasion]);
  const fields = answerProblems(instrument, input.values);
  if (input.answeredOn > today(ctx)) fields.answeredOn = 'field.futureDate';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  const id = await insertAnswer(ctx.db, {
    enrolment_id: input.enrolmentId,
    instrument_id: input.instrumentId,
    occasion: input.occasion,
    answered_on: input.answeredOn,
    entered_by: ctx.user.id,
    answer_values: JSON.stringify(input.values),
    created_at: nowIso(ctx),
  });
  // The group's sums, in the same transaction (the insert marked the group).
  await settleEffectSums(ctx.db);
  return toSheet(await answerRow(ctx.db, id));
}

export async function answersOf(db: ReadDb, enrolmentId: number): Promise<AnswerSheet[]> {
  if (!(await enrolmentPlace(db, enrolmentId))) throw new AppFailure('notFound');
  return (await answerRowsOfEnrolment(db, enrolmentId)).map(toSheet);
}

export async function groupAnswers(db: ReadDb, groupId: number): Promise<GroupAnswers> {
  const group = await groupProgramme(db, groupId);
  if (!group) throw new AppFailure('notFound');
  const instruments = await programmeInstrumentRows(db, group.programme_id);
  return {
    groupId,
    instruments: instruments.map((r) => ({
      instrumentId: r.instrument_id,
      name: r.name,
      respondent: r.respondent,
      followUpMonths: r.follow_up_months,
    })),
    recorded: (await recordedOfGroup(db, groupId)).map((r) => ({
      enrolmentId: r.enrolment_id,
      instrumentId: r.instrument_id,
      occasion: r.occasion,
    })),
  };
}
