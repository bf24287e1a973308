// Exports deadlines as an .ics file into a folder the user chose: one
// agreement's, or every followed-up agreement's together with the groups due
// for gallring. Written atomically; audited by the router like every call.
import { agreementStatuses, type AgreementStatus } from '../../shared/agreements/model';
import { AppFailure } from '../base/app-error';
import { today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { readCalendarSubjects, subjectCalendar } from '../agreements/agreement-calendar-data';
import { organisationNames } from '../agreements/agreement-repository';
import { fileNameFor, freePath, validateFolder } from '../documents/document-service';
import { erasureSummary } from '../erasure/erasure-overview';
import { groupsAwaitingErasure } from '../erasure/erasure-groups';
import { writeFileAtomic } from '../files/atomic-write';
import { agreementEvent, erasureEvent, exported } from './deadline-events';
import { icsText, type DeadlineEvent } from './ical-file';

const followedUp: AgreementStatus[] = ['decided', 'signed', 'active', 'terminated'];

/** Far enough ahead that every deadline of an agreement's period is in the file. */
const horizonDays = 3660;

export async function deadlineEvents(
  ctx: ServiceContext<ReadDb>,
  agreementId: number | null,
): Promise<{ events: DeadlineEvent[]; name: string }> {
  const day = today(ctx);
  const subjects = (
    await readCalendarSubjects(ctx.db, agreementId === null ? followedUp : agreementStatuses)
  ).filter((s) => agreementId === null || s.id === agreementId);
  if (agreementId !== null && subjects.length === 0) throw new AppFailure('notFound');
  const names = await organisationNames(ctx.db);
  const events = subjects.flatMap((s) =>
    subjectCalendar(s, day, horizonDays)
      .filter(exported)
      .map((item) => agreementEvent(s, item, (id) => names.get(id) ?? null)),
  );
  if (agreementId === null) {
    const { retentionDays } = await erasureSummary(ctx);
    const groups = await groupsAwaitingErasure(ctx.db, { today: day, retentionDays });
    events.push(...groups.map(erasureEvent));
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
  const name =
    agreementId === null
      ? 'IOP Desk – tidsfrister'
      : `IOP Desk – tidsfrister ${subjects[0]!.registrationNumber}`;
  return { events, name };
}

export async function exportCalendar(
  ctx: ServiceContext<ReadDb>,
  input: { agreementId: number | null; folder: string },
): Promise<{ path: string; fileName: string; events: number }> {
  const folder = validateFolder(input.folder);
  const { events, name } = await deadlineEvents(ctx, input.agreementId);
  const fileName = fileNameFor(name.replace('IOP Desk – t', 'T'), 'ics');
  const path = freePath(folder, fileName);
  try {
    writeFileAtomic(path, Buffer.from(icsText(name, events, ctx.clock.now()), 'utf8'));
  } catch {
    throw new AppFailure('documents.writeFailed');
  }
  return { path, fileName: path.slice(folder.length).replace(/^[\\/]/, ''), events: events.length };
}
