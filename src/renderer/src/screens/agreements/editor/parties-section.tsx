// Parties: each from the register, with its role, whom it acts through, its
// contact persons and signatory. Parties can be added or removed while the
// agreement is a draft; contact persons also later.
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { actingThroughLabel, roleLabels } from '../../../../../shared/agreements/labels';
import { actingThroughKinds, type ActingThroughKind } from '../../../../../shared/agreements/model';
import type { OrganisationSummary } from '../../../../../shared/ipc/organisations';
import { useLanguage, useT } from '../../../i18n/use-t';
import { OrganisationPicker } from '../organisation-picker';
import type { SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';

interface Props extends SectionProps {
  /** Only the contact persons may change (after the decision). */
  contactsOnly: boolean;
  /** An organisation chosen in the picker, so its name and kind are known. */
  onPicked(organisation: OrganisationSummary): void;
}

export function PartiesSection({ form, errorOf, names, readOnly, contactsOnly, onPicked }: Props) {
  const t = useT();
  const language = useLanguage();
  const parties = form.getValues().parties;
  const [adding, setAdding] = useState<OrganisationSummary | null>(null);
  const partyLocked = readOnly || contactsOnly;

  function addParty() {
    const org = adding;
    if (!org) return;
    onPicked(org);
    form.insertListItem('parties', {
      organisationId: org.id,
      role: org.kind === 'nonprofit' ? 'nonprofit' : 'public',
      actingThroughKind: 'board',
      actingThrough: org.kind === 'nonprofit' ? 'Styrelsen' : 'Socialnämnden',
      contacts: [],
      signatory: { name: '', title: '' },
    });
    setAdding(null);
  }

  return (
    <Section id="agr-parties" legend={t('editor.parties')} disabled={readOnly}>
      {errorOf('parties') && (
        <Text c="red.9" size="sm" role="alert">
          {errorOf('parties')}
        </Text>
      )}
      {parties.map((party, i) => {
        const org = names.get(party.organisationId);
        return (
          <FieldScope key={form.key(`parties.${i}`)} name={org?.name ?? String(party.organisationId)}>
            <Stack gap="xs" className="agr-subsection">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Text fw={700}>{org?.name ?? party.organisationId}</Text>
                  <Text size="sm">
                    {roleLabels[language][party.role]}
                    {org ? ` · ${org.orgNumber}` : ''}
                  </Text>
                  {['organisationId', 'role'].map((f) =>
                    errorOf(`parties.${i}.${f}`) ? (
                      <Text key={f} c="red.9" size="sm">
                        {errorOf(`parties.${i}.${f}`)}
                      </Text>
                    ) : null,
                  )}
                </div>
                {!partyLocked && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => form.removeListItem('parties', i)}
                  >
                    {t('editor.removeParty', { name: org?.name ?? '' })}
                  </Button>
                )}
              </Group>
              <fieldset className="plain-fieldset" disabled={partyLocked}>
                <Group grow align="flex-start">
                  <Select
                    label={<ScopedLabel>{t('editor.actingThroughKind')}</ScopedLabel>}
                    data={actingThroughKinds.map((k) => ({
                      value: k,
                      label: actingThroughLabel(language, k, party.role),
                    }))}
                    value={party.actingThroughKind}
                    onChange={(v) =>
                      v && form.setFieldValue(`parties.${i}.actingThroughKind`, v as ActingThroughKind)
                    }
                    allowDeselect={false}
                  />
                  <TextInput
                    label={<ScopedLabel>{t('editor.actingThrough')}</ScopedLabel>}
                    {...form.getInputProps(`parties.${i}.actingThrough`)}
                    error={errorOf(`parties.${i}.actingThrough`)}
                  />
                </Group>
                <Group grow align="flex-start" mt="xs">
                  <TextInput
                    label={<ScopedLabel>{t('editor.signatoryName')}</ScopedLabel>}
                    {...form.getInputProps(`parties.${i}.signatory.name`)}
                    error={errorOf(`parties.${i}.signatory.name`)}
                  />
                  <TextInput
                    label={<ScopedLabel>{t('editor.signatoryTitle')}</ScopedLabel>}
                    {...form.getInputProps(`parties.${i}.signatory.title`)}
                    error={errorOf(`parties.${i}.signatory.title`)}
                  />
                </Group>
              </fieldset>
              <Text size="sm" fw={600}>
                {t('editor.contacts')}
              </Text>
              {party.contacts.map((_, j) => {
                const p = `parties.${i}.contacts.${j}`;
                return (
                  <FieldScope key={form.key(p)} name={t('editor.scopeContact', { n: j + 1 })}>
                    <Group align="flex-start" grow wrap="nowrap">
                      <TextInput
                        label={<ScopedLabel>{t('editor.contactName')}</ScopedLabel>}
                        {...form.getInputProps(`${p}.name`)}
                        error={errorOf(`${p}.name`)}
                      />
                      <TextInput
                        label={<ScopedLabel>{t('editor.contactTitle')}</ScopedLabel>}
                        {...form.getInputProps(`${p}.title`)}
                        error={errorOf(`${p}.title`)}
                      />
                      <TextInput
                        label={<ScopedLabel>{t('editor.contactPhone')}</ScopedLabel>}
                        {...form.getInputProps(`${p}.phone`)}
                        error={errorOf(`${p}.phone`)}
                      />
                      <TextInput
                        label={<ScopedLabel>{t('editor.contactEmail')}</ScopedLabel>}
                        {...form.getInputProps(`${p}.email`)}
                        error={errorOf(`${p}.email`)}
                      />
                      <RemoveButton
                        label={t('editor.removeContact', { n: j + 1 })}
                        onClick={() => form.removeListItem(`parties.${i}.contacts`, j)}
                      />
                    </Group>
                  </FieldScope>
                );
              })}
              {!readOnly && (
                <AddButton
                  label={t('editor.addContact')}
                  onClick={() =>
                    form.insertListItem(`parties.${i}.contacts`, {
                      name: '',
                      title: '',
                      phone: '',
                      email: '',
                    })
                  }
                />
              )}
            </Stack>
          </FieldScope>
        );
      })}
      {!partyLocked && (
        <Group align="flex-end">
          <OrganisationPicker
            label={t('editor.addPartyLabel')}
            value={adding}
            onChange={setAdding}
            exclude={parties.map((p) => p.organisationId)}
            w={380}
          />
          <Button variant="light" onClick={addParty} disabled={adding === null}>
            {t('editor.addParty')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
