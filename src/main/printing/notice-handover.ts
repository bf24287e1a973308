// "Record handed over": the printed notice to social services was handed over
// on a day. That is the enrolment's notice (informed on that day, by the user,
// to the child's social services), so the gate's "social services informed
// before the start" is satisfied with that date, through the one writer of it.
import type { Enrolment } from '../../shared/ipc/support-groups';
import type { ServiceContext } from '../context/service-context';
import { recordNotice } from '../support-groups/enrolment-service';
import { getEnrolment } from '../support-groups/enrolment-view';
import { getUserRow } from '../users/user-repository';
import { today } from '../context/service-context';
import { printChild } from './print-people';

export async function recordNoticeHandedOver(
  ctx: ServiceContext,
  input: { enrolmentId: number; handedOverOn: string },
): Promise<Enrolment> {
  const enrolment = await getEnrolment(ctx.db, input.enrolmentId, today(ctx));
  const child = await printChild(ctx.db, enrolment.childId, false);
  const user = await getUserRow(ctx.db, ctx.user.id);
  const caseworker = [child.caseworker.name, child.caseworker.unit].filter((s) => s.trim() !== '').join(', ');
  const whom = `Socialtjänsten i ${child.district}${caseworker ? ` (${caseworker})` : ''}, utskrivet meddelande`;
  return recordNotice(ctx, {
    enrolmentId: enrolment.id,
    informedOn: input.handedOverOn,
    informedBy: (user?.display_name || user?.username || 'Okänd användare').slice(0, 100),
    informedWhom: whom.slice(0, 200),
  });
}
