import { Button, Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useT } from '../../i18n/use-t';
import type { OrganisationFormApi } from './organisation-form-api';

interface Props extends OrganisationFormApi {
  index: number;
  onRemove(): void;
}

/** One contact person, as its own group ("Kontaktperson 2") so repeated labels stay clear. */
export function ContactPersonRow({ form, errorOf, index, onRemove }: Props) {
  const t = useT();
  const number = index + 1;
  const path = (field: string) => `contacts.${index}.${field}`;
  return (
    <Fieldset legend={t('organisationForm.contact', { number })} variant="filled">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <TextInput
          label={t('organisationForm.contactName')}
          required
          data-contact-name
          autoComplete="off"
          {...form.getInputProps(path('name'))}
          error={errorOf(path('name'))}
        />
        <TextInput
          label={t('organisationForm.contactRole')}
          autoComplete="off"
          {...form.getInputProps(path('role'))}
          error={errorOf(path('role'))}
        />
        <TextInput
          label={t('organisationForm.contactPhone')}
          type="tel"
          autoComplete="off"
          {...form.getInputProps(path('phone'))}
          error={errorOf(path('phone'))}
        />
        <TextInput
          label={t('organisationForm.contactEmail')}
          type="email"
          autoComplete="off"
          {...form.getInputProps(path('email'))}
          error={errorOf(path('email'))}
        />
      </SimpleGrid>
      <Button
        mt="sm"
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden="true" />}
        onClick={onRemove}
      >
        {t('organisationForm.removeContact', { number })}
      </Button>
    </Fieldset>
  );
}
