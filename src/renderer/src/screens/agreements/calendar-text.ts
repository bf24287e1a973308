// A calendar item in words: "Årsberättelse för 2021 – Svenska Röda Korset",
// "3 utbetalningar efter förfallodag – Region Skåne – 1 200 000 kr obetalt".
import { calendarKindLabels, followUpKindLabels } from '../../../../shared/agreements/labels';
import type { CalendarItem } from '../../../../shared/agreements/calendar';
import { formatMoney } from '../../../../shared/agreements/money';
import type { Language } from '../../../../shared/i18n/messages';
import type { Translate } from '../../i18n/translate';

export function describeItem(
  item: CalendarItem,
  language: Language,
  t: Translate,
  nameOf: (organisationId: number) => string | undefined,
  bodyName: (key: string) => string | undefined,
): string {
  const who = item.organisationId !== null ? nameOf(item.organisationId) : undefined;
  const parts: string[] = [];
  switch (item.kind) {
    case 'followUp': {
      const what = item.followUpKind
        ? followUpKindLabels[language][item.followUpKind]
        : calendarKindLabels[language].followUp;
      parts.push(
        item.count > 1
          ? t('calendar.followUpsOverdue', { what, count: item.count })
          : item.year
            ? t('calendar.followUpFor', { what, year: item.year })
            : what,
      );
      parts.push(who ?? t('calendar.together'));
      break;
    }
    case 'payment':
      parts.push(
        item.count > 1
          ? t('calendar.paymentsOverdue', { count: item.count })
          : calendarKindLabels[language].payment,
      );
      if (who) parts.push(who);
      if (item.amount !== null) parts.push(paymentAmount(item, t));
      if (item.unconfirmed) parts.push(t('calendar.unconfirmed'));
      break;
    case 'fundsConfirmation':
      parts.push(
        item.count > 1
          ? t('calendar.fundsConfirmationsOverdue', { count: item.count })
          : t('calendar.fundsConfirmationFor', { year: item.year ?? '' }),
      );
      break;
    case 'meeting':
      parts.push(
        `${calendarKindLabels[language].meeting}: ${(item.refKey && bodyName(item.refKey)) ?? item.refKey ?? ''}`,
      );
      break;
    case 'actionPlanDue':
    case 'deficiencyFollowUp':
      parts.push(calendarKindLabels[language][item.kind]);
      if (who) parts.push(who);
      break;
    default:
      parts.push(calendarKindLabels[language][item.kind]);
  }
  return parts.join(' – ');
}

/**
 * A payment's amount: what is still unpaid when part has been paid
 * ("77 958 kr obetalt av 177 958 kr"), for overdue payments gathered together
 * the sum still unpaid, otherwise the instalment's amount.
 */
function paymentAmount(item: CalendarItem, t: Translate): string {
  const amount = item.amount ?? 0;
  const unpaid = item.unpaid ?? amount;
  if (item.count > 1) return t('calendar.unpaid', { amount: formatMoney(unpaid) });
  if (item.state === 'done' || unpaid === amount) return formatMoney(amount);
  return t('calendar.unpaidOf', { unpaid: formatMoney(unpaid), amount: formatMoney(amount) });
}
