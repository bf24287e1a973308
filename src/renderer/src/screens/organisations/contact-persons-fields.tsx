import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { ContactPersonRow } from './contact-person-row';
import type { OrganisationFormApi } from './organisation-form-api';
import { emptyContact } from './organisation-form-values';

export function ContactPersonsFields({ form, errorOf }: OrganisationFormApi) {
  const t = useT();
  const contacts = form.getValues().contacts;
  const sectionRef = useRef<HTMLFieldSetElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function add() {
    form.insertListItem('contacts', emptyContact());
    // Focus the new row's first field once it is rendered.
    requestAnimationFrame(() => {
      const names = sectionRef.current?.querySelectorAll<HTMLInputElement>('[data-contact-name]');
      names?.[names.length - 1]?.focus();
    });
  }

  function remove(index: number) {
    form.removeListItem('contacts', index);
    requestAnimationFrame(() => addRef.current?.focus());
  }

  return (
    <Fieldset legend={t('organisationForm.contacts')} ref={sectionRef}>
      <Stack gap="md">
        {contacts.length === 0 && <Text size="sm">{t('organisationForm.noContacts')}</Text>}
        {contacts.map((contact, index) => (
          <ContactPersonRow
            key={contact.key}
            index={index}
            form={form}
            errorOf={errorOf}
            onRemove={() => remove(index)}
          />
        ))}
        <div>
          <Button
            ref={addRef}
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={add}
          >
            {t('organisationForm.addContact')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
