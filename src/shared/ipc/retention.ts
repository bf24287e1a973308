// Contract for the retention rules beside gallring (retention-rules.ts): how
// many waiting entries and children without an enrolment are due and overdue
// for erasure (counts only), erasing those whose day has come, and the rules'
// days, which an administrator sets. Erasing goes through the erasure routine
// gallring uses and is audited with the rule's name only.
//
// Who may do what: the counts and the erasure, the roles that work with
// children's data (as gallring); the days, the administrator only.
import { z } from 'zod';
import { retentionRules, retentionSettings } from '../erasure/retention-rules';
import { personalDataRoles } from '../roles';
import { channel } from './channel';
import { empty } from './common';

const counts = z.object({
  /** Held now and covered by the rule (not yet due included). */
  awaiting: z.number().int(),
  due: z.number().int(),
  overdue: z.number().int(),
});

export const retentionSummary = z.object({
  settings: retentionSettings,
  waitingEntries: counts,
  childrenWithoutEnrolment: counts,
});
export type RetentionSummary = z.infer<typeof retentionSummary>;

const workers = { kind: 'session', roles: personalDataRoles } as const;
const admins = { kind: 'session', roles: ['admin'] } as const;

export const retentionContract = {
  'retention:summary': channel({ db: 'read', input: empty, output: retentionSummary, access: workers }),
  /** Erases what the rule has made due by today (overdue, and due today). */
  'retention:erase': channel({
    input: z
      .object({
        rule: z.enum(retentionRules),
        confirmed: z.literal(true, { error: 'deletion.confirmRequired' }),
      })
      .strict(),
    output: z.object({ enrolments: z.number().int(), children: z.number().int(), purged: z.boolean() }),
    access: workers,
  }),
  'retention:settings': channel({ db: 'read', input: empty, output: retentionSettings, access: admins }),
  'retention:updateSettings': channel({
    input: retentionSettings.strict(),
    output: retentionSettings,
    access: admins,
  }),
};
