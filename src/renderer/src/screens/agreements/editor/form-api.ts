// What every editor section gets: the form, how to show a field's error, the
// party organisations' names, and whether the section may be changed.
import type { UseFormReturnType } from '@mantine/form';
import type { OrganisationKind } from '../../../../../shared/organisations/kinds';
import type { AgreementFormValues } from './agreement-form-values';

export interface NamedOrganisation {
  name: string;
  orgNumber: string;
  kind: OrganisationKind;
}

export interface SectionProps {
  form: UseFormReturnType<AgreementFormValues>;
  errorOf(path: string): string | undefined;
  /** Organisations referred to by the agreement and the register's, by id. */
  names: ReadonlyMap<number, NamedOrganisation>;
  readOnly: boolean;
}

export const partyOptions = (values: AgreementFormValues, names: SectionProps['names']) =>
  values.parties.map((p) => ({
    value: String(p.organisationId),
    label: names.get(p.organisationId)?.name ?? String(p.organisationId),
  }));
