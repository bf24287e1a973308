// Human names of the organisation form's field paths, for the error summary.
import type { Translate } from '../../i18n/translate';

const simple: Record<string, Parameters<Translate>[0]> = {
  name: 'organisationForm.name',
  kind: 'organisationForm.kind',
  orgNumber: 'organisationForm.orgNumber',
  'address.street': 'organisationForm.street',
  'address.postalCode': 'organisationForm.postalCode',
  'address.city': 'organisationForm.city',
  'paymentAccount.kind': 'organisationForm.paymentKind',
  'paymentAccount.number': 'organisationForm.paymentNumber',
};

const contactFields: Record<string, Parameters<Translate>[0]> = {
  name: 'organisationForm.contactName',
  role: 'organisationForm.contactRole',
  phone: 'organisationForm.contactPhone',
  email: 'organisationForm.contactEmail',
};

const requirementFields: Record<string, Parameters<Translate>[0]> = {
  status: 'organisationForm.requirementStatus',
  comment: 'organisationForm.comment',
  checkedOn: 'organisationForm.checkedOn',
};

/** "Organisationsnummer", "Kontaktperson 2: E-post", "3. Har en demokratisk uppbyggnad: Kontrollerat datum"; null if unknown. */
export function fieldLabel(
  path: string,
  t: Translate,
  requirementLabel: (index: number) => string | null,
): string | null {
  const direct = simple[path];
  if (direct) return t(direct);
  const contact = /^contacts\.(\d+)\.(\w+)$/.exec(path);
  if (contact) {
    const field = contactFields[contact[2] ?? ''];
    return field ? `${t('organisationForm.contact', { number: Number(contact[1]) + 1 })}: ${t(field)}` : null;
  }
  const requirement = /^requirements\.(\d+)\.(\w+)$/.exec(path);
  if (requirement) {
    const index = Number(requirement[1]);
    const field = requirementFields[requirement[2] ?? ''];
    const label = requirementLabel(index);
    return field && label ? `${index + 1}. ${label}: ${t(field)}` : null;
  }
  return null;
}
