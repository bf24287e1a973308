// One share of a year's funding as the economy tab names it: who pays whom
// (issue 11: the umbrella's column repeated the city's amount three times
// without the receiving organisations).
import { formatMoney } from '../../../../shared/agreements/money';
import type { Translate } from '../../i18n/translate';

export interface FundingShare {
  payerOrganisationId: number;
  recipientOrganisationId: number | null;
  amount: number;
}

export function fundingText(share: FundingShare, nameOf: (id: number) => string, t: Translate): string {
  const payer = nameOf(share.payerOrganisationId);
  const amount = formatMoney(share.amount);
  return share.recipientOrganisationId === null
    ? t('economy.fundingOwn', { payer, amount })
    : t('economy.fundingTo', { payer, recipient: nameOf(share.recipientOrganisationId), amount });
}
