// Contract for effect evaluation: an organisation's instruments, the
// instruments a programme uses, answer sheets per enrolment (personal data:
// audited, only the roles that work with children), and the results, which
// are aggregates only (sums per group, suppressed below the report
// threshold), so every role may read them.
import { z } from 'zod';
import { comparisons, occasions, respondents, scoreMethods } from '../effect-evaluation/vocabulary';
import { personalDataRoles } from '../roles';
import { anyRole, channel } from './channel';
import { count, id, isoDate, isoDateTime, requiredText } from './common';

const shortText = (max: number) => requiredText(max);

export const instrumentItem = z
  .object({
    text: shortText(300),
    min: count(0, 100),
    max: count(1, 100),
    minLabel: shortText(60),
    maxLabel: shortText(60),
    reverse: z.boolean().default(false),
    required: z.boolean().default(true),
  })
  .strict()
  .refine((i) => i.min < i.max, { error: 'effect.scaleOrder', path: ['max'] });

export const instrumentScale = z
  .object({
    name: shortText(100),
    items: z.array(z.number().int().min(0)).min(1, { error: 'effect.scaleItems' }).max(60),
    method: z.enum(scoreMethods),
    higherIsBetter: z.boolean().default(true),
    normSd: z
      .number({ error: 'field.number' })
      .gt(0, { error: 'effect.normSd' })
      .max(1000, { error: 'effect.normSd' }),
    reliability: z
      .number({ error: 'field.number' })
      .min(0, { error: 'effect.reliability' })
      .max(0.99, { error: 'effect.reliability' }),
  })
  .strict();

export const instrumentInput = z
  .object({
    organisationId: id,
    name: shortText(200),
    respondent: z.enum(respondents),
    items: z.array(instrumentItem).min(1, { error: 'effect.noItems' }).max(60, { error: 'field.tooMany' }),
    scales: z.array(instrumentScale).min(1, { error: 'effect.noScales' }).max(10, { error: 'field.tooMany' }),
  })
  .strict()
  .superRefine((v, ctx) => {
    v.scales.forEach((s, i) => {
      if (s.items.some((item) => item >= v.items.length) || new Set(s.items).size !== s.items.length)
        ctx.addIssue({ code: 'custom', message: 'effect.scaleItems', path: ['scales', i, 'items'] });
    });
  });
export type InstrumentInput = z.input<typeof instrumentInput>;
export type InstrumentData = z.output<typeof instrumentInput>;

export const instrument = z.object({
  id,
  organisationId: id,
  organisationName: z.string(),
  name: z.string(),
  respondent: z.enum(respondents),
  items: z.array(instrumentItem),
  scales: z.array(instrumentScale),
  /** Answer sheets recorded: an instrument with answers is never changed (results would shift). */
  answers: z.number().int(),
  createdAt: isoDateTime,
});
export type Instrument = z.infer<typeof instrument>;

export const programmeInstrument = z
  .object({
    instrumentId: id,
    /** Null: no follow-up. */
    followUpMonths: count(1, 36).nullable().default(null),
  })
  .strict();

export const programmeInstruments = z.object({
  programmeId: id,
  instruments: z.array(
    z.object({
      instrumentId: id,
      name: z.string(),
      respondent: z.enum(respondents),
      followUpMonths: z.number().int().nullable(),
    }),
  ),
});
export type ProgrammeInstruments = z.infer<typeof programmeInstruments>;

export const answerInput = z
  .object({
    enrolmentId: id,
    instrumentId: id,
    occasion: z.enum(occasions),
    answeredOn: isoDate,
    /** One value per item in the instrument's order; null where not answered. */
    values: z.array(z.number({ error: 'effect.outOfScale' }).nullable()).max(60),
  })
  .strict();
export type AnswerInput = z.input<typeof answerInput>;

export const answerSheet = z.object({
  id,
  enrolmentId: id,
  instrumentId: id,
  occasion: z.enum(occasions),
  answeredOn: isoDate,
  enteredBy: z.string(),
  values: z.array(z.number().nullable()),
  createdAt: isoDateTime,
});
export type AnswerSheet = z.infer<typeof answerSheet>;

/** Which occasions each enrolment of a group has answered, per instrument: ids only. */
export const groupAnswers = z.object({
  groupId: id,
  instruments: programmeInstruments.shape.instruments,
  recorded: z.array(z.object({ enrolmentId: id, instrumentId: id, occasion: z.enum(occasions) })),
});
export type GroupAnswers = z.infer<typeof groupAnswers>;

const statistic = z.number().nullable();
export const effectRow = z.object({
  level: z.enum(['group', 'programme', 'agreement', 'total']),
  label: z.string(),
  /** Null when hidden. */
  n: z.number().int().nullable(),
  hidden: z.enum(['primary', 'complementary']).nullable(),
  /** Null when hidden. */
  stats: z
    .object({
      meanBefore: z.number(),
      meanAfter: z.number(),
      meanChange: z.number(),
      ciLow: statistic,
      ciHigh: statistic,
      dz: statistic,
      improved: z.number(),
      unchanged: z.number(),
      worse: z.number(),
    })
    .nullable(),
});
export type EffectRow = z.infer<typeof effectRow>;

export const effectTable = z.object({
  key: z.string(),
  instrumentName: z.string(),
  respondent: z.enum(respondents),
  scaleName: z.string(),
  comparison: z.enum(comparisons),
  rows: z.array(effectRow),
});
export type EffectTable = z.infer<typeof effectTable>;

export const effectResults = z.object({
  year: z.number().int(),
  threshold: z.number().int(),
  tables: z.array(effectTable),
});
export type EffectResults = z.infer<typeof effectResults>;

const workers = { kind: 'session', roles: personalDataRoles } as const;
const everyone = { kind: 'session', roles: anyRole } as const;

export const effectContract = {
  'effect:instruments': channel({
    db: 'read',
    input: z.object({}).strict(),
    output: z.array(instrument),
    access: everyone,
  }),
  'effect:createInstrument': channel({ input: instrumentInput, output: instrument, access: workers }),
  'effect:programmeInstruments': channel({
    db: 'read',
    input: z.object({ programmeId: id }).strict(),
    output: programmeInstruments,
    access: everyone,
  }),
  'effect:setProgrammeInstruments': channel({
    input: z.object({ programmeId: id, instruments: z.array(programmeInstrument).max(10) }).strict(),
    output: programmeInstruments,
    access: workers,
  }),
  'effect:groupAnswers': channel({
    db: 'read',
    input: z.object({ groupId: id }).strict(),
    output: groupAnswers,
    access: workers,
  }),
  'effect:answers': channel({
    db: 'read',
    input: z.object({ enrolmentId: id }).strict(),
    output: z.array(answerSheet),
    access: workers,
  }),
  'effect:recordAnswer': channel({ input: answerInput, output: answerSheet, access: workers }),
  'effect:results': channel({
    db: 'read',
    input: z
      .object({ year: z.number().int().min(2000).max(2100), agreementId: id.nullable().default(null) })
      .strict(),
    output: effectResults,
    access: everyone,
  }),
};
