// The deadlines an export holds, described in fixed Swedish wording: an
// agreement's derived calendar (extension decision, notice, reports due,
// payments, next meetings, funds confirmations, action plans and follow-ups)
// and the groups whose data is due for gallring. Organisations and groups are
// named; no person is.
import type { CalendarItem } from '../../shared/agreements/calendar';
import { calendarKindLabels, followUpKindLabels } from '../../shared/agreements/labels';
import { formatMoney } from '../../shared/agreements/money';
import type { DeadlineEvent } from './ical-file';

/** Items that ask someone to act or mark the period; what is done or only informs of the past is left out. */
export const exported = (item: CalendarItem) =>
  item.state !== 'done' && item.state !== 'past' && item.kind !== 'start';

const uidPart = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_');

export function agreementEvent(
  agreement: { id: number; registrationNumber: string; title: string },
  item: CalendarItem,
  nameOf: (organisationId: number) => string | null,
): DeadlineEvent {
  const what =
    item.kind === 'followUp' && item.followUpKind
      ? `${followUpKindLabels.sv[item.followUpKind]}${item.year ? ` ${item.year}` : ''}`
      : calendarKindLabels.sv[item.kind];
  const who = item.organisationId === null ? null : nameOf(item.organisationId);
  const amount = item.kind === 'payment' && item.amount !== null ? ` ${formatMoney(item.amount)}` : '';
  return {
    uid: `agreement-${agreement.id}.${uidPart(item.key)}@iop-desk`,
    date: item.date,
    summary: `${what}${amount}${who ? (item.kind === 'payment' ? ` från ${who}` : ` – ${who}`) : ''} (${agreement.registrationNumber})`,
    description: `Överenskommelse ${agreement.registrationNumber}: ${agreement.title}. Från IOP Desk; ändra tidsfristen i appen, inte här.`,
  };
}

export function erasureEvent(group: {
  groupId: number;
  groupName: string;
  dueOn: string;
  agreementLabel: string;
}): DeadlineEvent {
  return {
    uid: `gallring-group-${group.groupId}@iop-desk`,
    date: group.dueOn,
    summary: `Gallring: ${group.groupName}`,
    description: `Gruppens uppgifter om barnen ska gallras (${group.agreementLabel}). Från IOP Desk.`,
  };
}
