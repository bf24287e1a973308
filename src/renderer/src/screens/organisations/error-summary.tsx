// The list of what to correct, above the save button: each problem with the
// field it belongs to, so nothing is only marked somewhere further up the page.
import { List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { FieldErrors } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { useMessage, useT } from '../../i18n/use-t';
import { fieldLabel } from './field-labels';
import type { OrganisationFormValues } from './organisation-form-values';

interface Props {
  error: AppError | null;
  fields: FieldErrors;
  values: OrganisationFormValues;
  children?: ReactNode;
}

export function ErrorSummary({ error, fields, values, children }: Props) {
  const t = useT();
  const text = useMessage();
  if (!error) return null;
  const requirementLabel = (index: number) => {
    const item = values.requirements[index];
    return item ? t(`requirement.${item.requirement}`) : null;
  };
  const entries = Object.entries(fields);
  return (
    <ErrorAlert error={error} title={t('organisationForm.notSaved')}>
      {entries.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            {t('organisationForm.fixFields')}
          </Text>
          <List size="sm" mt={4}>
            {entries.map(([path, key]) => (
              <List.Item key={path}>
                {fieldLabel(path, t, requirementLabel) ?? path}: {text(key)}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {children}
    </ErrorAlert>
  );
}
