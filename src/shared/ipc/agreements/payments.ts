// Payments part of the agreements contract: the yearly confirmation that an
// agreement's funds were granted ("förutsatt att medel beviljas"), recorded
// and removed by admin and caseworker (who follow up the economy); every call
// is audited by the router. Both answer with the agreement as it now stands.
import { z } from 'zod';
import { channel } from '../channel';
import { count, id, optionalText, requiredText } from '../common';
import { agreementSchema } from './agreement';
import { calendarDate } from './fields';

const writers = { kind: 'session', roles: ['admin', 'caseworker'] } as const;
const year = count(2000, 2100);

export const paymentsContract = {
  'agreements:recordFundsConfirmation': channel({
    input: z
      .object({
        agreementId: id,
        year,
        /** The date of the decision that granted the funds. */
        grantedOn: calendarDate,
        /** The body or office that granted them, e.g. "Kommunfullmäktige". */
        grantedBy: requiredText(200),
        decisionReference: optionalText(100),
        note: optionalText(1000),
      })
      .strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:removeFundsConfirmation': channel({
    input: z.object({ agreementId: id, year }).strict(),
    output: agreementSchema,
    access: writers,
  }),
};
