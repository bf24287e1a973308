// Programmes: a support-group model (its format and default schedule) and
// its progress per year.
import { z } from 'zod';
import { minimumWeekendDays } from '../../support-groups/session-schedule';
import { programmeFormats } from '../../support-groups/vocabulary';
import { id, requiredText, count } from '../common';

export const programmeInput = z
  .object({
    agreementId: id,
    /** The non-profit party running it; in an umbrella its appendix binds the groups. Null: the agreement as a whole. */
    organisationId: id.nullable().default(null),
    name: requiredText(200),
    format: z.enum(programmeFormats),
    sessionCount: count(1, 60),
    sessionMinutes: count(15, 720),
    intervalDays: count(0, 60).default(7),
    followUpWeeks: count(0, 26).default(0),
    followUpMinutes: count(0, 720).default(0),
    ageMin: count(0, 30),
    ageMax: count(0, 30),
    groupSizeMin: count(1, 50).default(5),
    groupSizeMax: count(1, 50).default(8),
    targetGroupsPerYear: count(0, 500).nullable().default(null),
    targetChildrenPerYear: count(0, 10_000).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.ageMin > v.ageMax) ctx.addIssue({ code: 'custom', message: 'ageRange.order', path: ['ageMax'] });
    if (v.groupSizeMin > v.groupSizeMax)
      ctx.addIssue({ code: 'custom', message: 'groupSize.order', path: ['groupSizeMax'] });
    if (v.format === 'weekend' && v.sessionCount < minimumWeekendDays) {
      ctx.addIssue({ code: 'custom', message: 'schedule.weekendTooShort', path: ['sessionCount'] });
    }
    if (v.format === 'custom' && v.intervalDays < 1)
      ctx.addIssue({ code: 'custom', message: 'field.range', path: ['intervalDays'] });
  });
export type ProgrammeInput = z.input<typeof programmeInput>;
export type ProgrammeData = z.output<typeof programmeInput>;

export const yearProgress = z.object({
  year: z.number().int(),
  groups: z.number().int(),
  children: z.number().int(),
  targetGroups: z.number().int().nullable(),
  targetChildren: z.number().int().nullable(),
});

export const programme = z.object({
  id,
  agreementId: id,
  agreementTitle: z.string(),
  organisationId: id.nullable(),
  /** The running organisation's name; empty for the agreement as a whole. */
  organisationName: z.string(),
  name: z.string(),
  format: z.enum(programmeFormats),
  sessionCount: z.number().int(),
  sessionMinutes: z.number().int(),
  intervalDays: z.number().int(),
  followUpWeeks: z.number().int(),
  followUpMinutes: z.number().int(),
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  groupSizeMin: z.number().int(),
  groupSizeMax: z.number().int(),
  targetGroupsPerYear: z.number().int().nullable(),
  targetChildrenPerYear: z.number().int().nullable(),
  /** This calendar year's groups and children against the targets. */
  progress: yearProgress,
  version: z.number().int(),
});
export type Programme = z.infer<typeof programme>;
