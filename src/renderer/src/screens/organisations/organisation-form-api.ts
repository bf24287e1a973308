import type { UseFormReturnType } from '@mantine/form';
import type { OrganisationFormValues } from './organisation-form-values';

/** What the form's sections get: the Mantine form and a translated error per field path. */
export interface OrganisationFormApi {
  form: UseFormReturnType<OrganisationFormValues>;
  errorOf(path: string): string | undefined;
}
