// Small formatting helpers shared by the support-group and children screens.
import { swedishDay } from '../../../../shared/dates';
import { ageOn } from '../../../../shared/identity/personal-identity-number';
import type { GateItemView } from '../../../../shared/ipc/support-groups';
import type { ConsentCapacity } from '../../../../shared/support-groups/vocabulary';
import type { Translate } from '../../i18n/translate';

export const todayIso = (): string => swedishDay(new Date());

/** "13 år", from a birth date or only a year; empty when unknown. */
export function ageText(
  t: Translate,
  birthDate: string | null,
  birthYear: number | null,
  on = todayIso(),
): string {
  if (birthDate) return t('sgCommon.years', { count: ageOn(birthDate, on) });
  if (birthYear !== null) return t('sgCommon.yearsApprox', { count: Number(on.slice(0, 4)) - birthYear });
  return '';
}

export const percent = (rate: number | null): string => (rate === null ? '–' : `${Math.round(rate * 100)} %`);

/** What follows a consenter's name: " (god man)", or " – personen själv (18 år)". */
export const consenterSuffix = (t: Translate, capacity: ConsentCapacity): string =>
  capacity === 'self' ? ` – ${t('consentCapacity.self')}` : ` (${t(`consentCapacity.${capacity}`)})`;

/** One missing item before a child may start, in words: "Samtycke till deltagande saknas – Anna Tolvansson". */
export function gateItemText(t: Translate, item: GateItemView): string {
  const scope = item.scope ? t(`consentScope.${item.scope}`) : '';
  // No guardian: the person's own consent (18 or older).
  const guardian = item.guardianName ?? (item.guardianId === null ? t('consentCapacity.self') : '');
  switch (item.kind) {
    case 'noCustodialGuardian':
      return t('gateItem.noCustodialGuardian');
    case 'socialServicesNotice':
      return t('gateItem.socialServicesNotice');
    case 'consentMissing':
      return t('gateItem.consentMissing', { scope, guardian });
    case 'consentRefused':
      return t('gateItem.consentRefused', { scope, guardian });
    case 'consentWithdrawn':
      return t('gateItem.consentWithdrawn', { scope, guardian });
  }
}

/**
 * Gate items from a refusal's field paths (`enrolment.<id>.<kind>[.<guardianId>.<scope>]`),
 * with guardian names looked up in what the page already shows.
 */
export function gateItemsFromFields(
  fields: Record<string, string> | undefined,
  guardianName: (guardianId: number) => string | null,
): Map<number, GateItemView[]> {
  const byEnrolment = new Map<number, GateItemView[]>();
  for (const path of Object.keys(fields ?? {})) {
    const [head, id, kind, guardian, scope] = path.split('.');
    if (head !== 'enrolment' || !id || !kind) continue;
    if (
      ![
        'noCustodialGuardian',
        'consentMissing',
        'consentRefused',
        'consentWithdrawn',
        'socialServicesNotice',
      ].includes(kind)
    )
      continue;
    // `self`: the person's own consent.
    const guardianId = guardian && guardian !== 'self' ? Number(guardian) : null;
    const list = byEnrolment.get(Number(id)) ?? [];
    list.push({
      kind: kind as GateItemView['kind'],
      guardianId,
      guardianName: guardianId === null ? null : guardianName(guardianId),
      scope: scope === 'participation' || scope === 'dataSharing' ? scope : null,
    });
    byEnrolment.set(Number(id), list);
  }
  return byEnrolment;
}
