// The feedback log: what children, guardians and others say about the work.
import { z } from 'zod';
import { feedbackCategories, feedbackChannels } from '../../support-groups/vocabulary';
import { id, optionalText, requiredText, isoDate } from '../common';

/** A summary must not name anyone; an identity number is the one thing we can catch for sure. */
const noIdentityNumber = (text: string) => !/\d{6}[-+]?\d{4}/.test(text.replace(/\s/g, ''));

export const feedbackInput = z
  .object({
    agreementId: id,
    programmeId: id.nullable().default(null),
    receivedOn: isoDate,
    channel: z.enum(feedbackChannels),
    category: z.enum(feedbackCategories),
    summary: requiredText(1000).refine(noIdentityNumber, { error: 'feedback.identityNumber' }),
    response: optionalText(2000).refine(noIdentityNumber, { error: 'feedback.identityNumber' }),
    closed: z.boolean().default(false),
    closedOn: isoDate.nullable().default(null),
  })
  .strict();

export const feedbackEntry = z.object({
  id,
  agreementId: id,
  programmeId: id.nullable(),
  receivedOn: z.string(),
  channel: z.enum(feedbackChannels),
  category: z.enum(feedbackCategories),
  summary: z.string(),
  response: z.string(),
  closed: z.boolean(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntry>;
