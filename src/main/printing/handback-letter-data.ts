// Reads what the hand-back cover letter needs: the groups (which must be over,
// as for the package), the district's children in each, and the packages
// already written for the district.
import type { PrintTarget } from '../../shared/ipc/printing';
import { AppFailure } from '../base/app-error';
import { today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import type { DocumentModel } from '../documents/document-model';
import { requireGroupsOver } from '../erasure/erase-service';
import { enrolmentsOfGroups } from '../erasure/erasure-groups';
import { getGroup } from '../support-groups/group-view';
import { getProgramme } from '../support-groups/programme-service';
import { buildHandBackLetter, type LetterGroup } from './handback-letter';
import { agreementFacts, runningOrganisation } from './print-agreement';
import { handBackPackageRows } from './print-repository';

export async function handBackLetter(
  ctx: ServiceContext<ReadDb>,
  target: Extract<PrintTarget, { document: 'handBackLetter' }>,
  userName: string,
): Promise<DocumentModel> {
  const groupIds = [...new Set(target.groupIds)];
  await requireGroupsOver(ctx.db, groupIds);
  const district = target.district.trim();
  const enrolments = (await enrolmentsOfGroups(ctx.db, groupIds)).filter((e) => e.district === district);
  if (enrolments.length === 0)
    throw new AppFailure('validation', { fields: { district: 'printing.districtNotInGroups' } });
  const groups: LetterGroup[] = [];
  for (const id of groupIds) {
    const children = enrolments.filter((e) => e.groupId === id).length;
    if (children === 0) continue;
    const group = await getGroup(ctx.db, id);
    const programme = await getProgramme(ctx, group.programmeId);
    const agreement = await agreementFacts(ctx.db, programme.agreementId);
    groups.push({ group, organisation: runningOrganisation(programme, agreement), children });
  }
  return buildHandBackLetter({
    district,
    groups,
    packages: await handBackPackageRows(ctx.db, district, groupIds),
    today: today(ctx),
    userName,
  });
}
