// Contract for form drafts (issue 11): what a user has typed into a long form
// and not yet saved, kept in main in the encrypted database for that user
// only, never in the renderer's storage. The payload is the form's own values
// as JSON: main keeps it opaque and gives it back to the same user and form.
// Each channel is open to the roles that may use some form with a draft;
// main then refuses a form the caller's role may not use (forbidden), as the
// form's own channel would.
import { z } from 'zod';
import { draftForms, draftMaxChars, draftUsers } from '../drafts/forms';
import { channel } from './channel';
import { id, isoDateTime } from './common';

const access = { kind: 'session', roles: draftUsers } as const;
const form = z.enum(draftForms);
/** The record the form edits; null for a form that creates one. */
const recordId = id.nullable();
const key = z.object({ form, recordId }).strict();

const draft = z.object({ form, recordId, updatedAt: isoDateTime });

export const draftsContract = {
  'drafts:save': channel({
    input: z
      .object({ form, recordId, payload: z.string().min(2).max(draftMaxChars, { error: 'field.tooLong' }) })
      .strict(),
    output: z.object({ updatedAt: isoDateTime }),
    access,
  }),
  'drafts:get': channel({
    db: 'read',
    input: key,
    output: draft.extend({ payload: z.string() }).nullable(),
    access,
  }),
  'drafts:list': channel({
    db: 'read',
    input: z.object({}).strict(),
    output: z.array(draft),
    access,
  }),
  'drafts:discard': channel({
    input: key,
    output: z.object({ discarded: z.boolean() }),
    access,
  }),
};
