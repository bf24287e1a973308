// Contract for deleting mistakes: a child registered by mistake, a draft
// agreement, an organisation that is no party to any agreement. Each is
// deleted at once through the erasure routine gallring uses (the bytes are
// gone from the database file and its log), confirmed by the user, and
// audited with the entity's id only. The reason is one of a fixed list, so
// no personal data can be typed into the log.
//
// Who may delete what (as a data-protection officer would have it):
// - a child: the caseworker and the coordinator, who register children and
//   know whether a registration was a mistake. Not the administrator (who
//   runs the system and does not see protected details), not a viewer.
// - a draft agreement: those who write agreements (administrator, caseworker).
// - an organisation: those who keep the register of parties (administrator,
//   caseworker).
import { z } from 'zod';
import { childDeletionReasons, organisationDeletionReasons } from '../erasure/deletion';
import type { Role } from '../roles';
import { channel } from './channel';
import { id } from './common';

export const childDeleters: readonly Role[] = ['caseworker', 'coordinator'];
export const agreementDeleters: readonly Role[] = ['admin', 'caseworker'];
export const organisationDeleters: readonly Role[] = ['admin', 'caseworker'];

const confirmed = z.literal(true, { error: 'deletion.confirmRequired' });
const purged = z.boolean();

export const deletionContract = {
  /** A child registered by mistake: the child, guardians, contacts and every enrolment, at once. */
  'children:deleteMistake': channel({
    input: z
      .object({
        id,
        version: z.number().int(),
        reason: z.enum(childDeletionReasons, { error: 'field.required' }),
        confirmed,
      })
      .strict(),
    output: z.object({ enrolments: z.number().int(), purged }),
    access: { kind: 'session', roles: childDeleters },
  }),
  /** A draft agreement (utkast) that nothing refers to yet. */
  'agreements:deleteDraft': channel({
    input: z.object({ id, version: z.number().int(), confirmed }).strict(),
    output: z.object({ purged }),
    access: { kind: 'session', roles: agreementDeleters },
  }),
  /** An organisation that is no party to any agreement and runs no programme, with its contacts. */
  'organisations:delete': channel({
    input: z
      .object({
        id,
        version: z.number().int(),
        reason: z.enum(organisationDeletionReasons, { error: 'field.required' }),
        confirmed,
      })
      .strict(),
    output: z.object({ purged }),
    access: { kind: 'session', roles: organisationDeleters },
  }),
};
