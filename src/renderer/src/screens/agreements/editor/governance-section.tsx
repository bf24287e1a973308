// Governance bodies: steering and cooperation groups with members, decision
// rule, rotations of chair and minute-taker, convener and meeting cadence.
import { Button, Group, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { bodyKindLabels } from '../../../../../shared/agreements/labels';
import {
  governanceBodyKinds,
  type Cadence,
  type GovernanceBodyKind,
} from '../../../../../shared/agreements/model';
import { useLanguage, useT } from '../../../i18n/use-t';
import { newKey } from './agreement-form-values';
import { partyOptions, type SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';

const cadenceOf = (kind: Cadence['kind'], old: Cadence): Cadence =>
  kind === 'perTerm'
    ? { kind }
    : kind === 'everyMonths'
      ? { kind, months: old.kind === 'everyMonths' ? old.months : 2 }
      : { kind, times: old.kind === 'timesPerYear' ? old.times : 2 };

/** `membersOnly`: after the decision the bodies are terms (changed by amendment); their members stay open. */
export function GovernanceSection({
  form,
  errorOf,
  names,
  readOnly,
  membersOnly = false,
}: SectionProps & { membersOnly?: boolean }) {
  const t = useT();
  const bodyLocked = readOnly || membersOnly;
  const language = useLanguage();
  const values = form.getValues();
  const parties = partyOptions(values, names);
  return (
    <Section id="agr-governance" legend={t('editor.governance')} disabled={readOnly}>
      {values.governanceBodies.map((body, i) => {
        const p = `governanceBodies.${i}`;
        return (
          <FieldScope key={form.key(p)} name={t('editor.scopeBody', { n: i + 1 })}>
            <Stack gap="xs" className="agr-subsection">
              <Group grow align="flex-start">
                <TextInput
                  label={<ScopedLabel>{t('editor.bodyName')}</ScopedLabel>}
                  disabled={bodyLocked}
                  {...form.getInputProps(`${p}.name`)}
                  error={errorOf(`${p}.name`)}
                />
                <Select
                  label={<ScopedLabel>{t('editor.bodyKind')}</ScopedLabel>}
                  disabled={bodyLocked}
                  data={governanceBodyKinds.map((k) => ({ value: k, label: bodyKindLabels[language][k] }))}
                  value={body.kind}
                  onChange={(v) => v && form.setFieldValue(`${p}.kind`, v as GovernanceBodyKind)}
                  allowDeselect={false}
                />
                <Select
                  label={<ScopedLabel>{t('editor.convener')}</ScopedLabel>}
                  disabled={bodyLocked}
                  data={parties}
                  value={body.convenerOrganisationId === null ? null : String(body.convenerOrganisationId)}
                  onChange={(v) =>
                    form.setFieldValue(`${p}.convenerOrganisationId`, v === null ? null : Number(v))
                  }
                  error={errorOf(`${p}.convenerOrganisationId`)}
                  clearable
                />
              </Group>
              <Group align="flex-start">
                <Select
                  label={<ScopedLabel>{t('editor.cadence')}</ScopedLabel>}
                  disabled={bodyLocked}
                  data={[
                    { value: 'everyMonths', label: t('editor.cadenceEveryMonths') },
                    { value: 'perTerm', label: t('editor.cadencePerTerm') },
                    { value: 'timesPerYear', label: t('editor.cadenceTimesPerYear') },
                  ]}
                  value={body.cadence.kind}
                  onChange={(v) =>
                    v && form.setFieldValue(`${p}.cadence`, cadenceOf(v as Cadence['kind'], body.cadence))
                  }
                  allowDeselect={false}
                  w={260}
                />
                {body.cadence.kind === 'everyMonths' && (
                  <NumberInput
                    label={<ScopedLabel>{t('editor.cadenceMonths')}</ScopedLabel>}
                    disabled={bodyLocked}
                    allowDecimal={false}
                    min={1}
                    max={24}
                    w={160}
                    {...form.getInputProps(`${p}.cadence.months`)}
                    error={errorOf(`${p}.cadence.months`)}
                  />
                )}
                {body.cadence.kind === 'timesPerYear' && (
                  <NumberInput
                    label={<ScopedLabel>{t('editor.cadenceTimes')}</ScopedLabel>}
                    disabled={bodyLocked}
                    allowDecimal={false}
                    min={1}
                    max={52}
                    w={160}
                    {...form.getInputProps(`${p}.cadence.times`)}
                    error={errorOf(`${p}.cadence.times`)}
                  />
                )}
              </Group>
              <Textarea
                label={<ScopedLabel>{t('editor.decisionRule')}</ScopedLabel>}
                disabled={bodyLocked}
                autosize
                minRows={1}
                {...form.getInputProps(`${p}.decisionRule`)}
              />
              <Group grow align="flex-start">
                <Textarea
                  label={<ScopedLabel>{t('editor.chairRotation')}</ScopedLabel>}
                  disabled={bodyLocked}
                  autosize
                  minRows={1}
                  {...form.getInputProps(`${p}.chairRotation`)}
                />
                <Textarea
                  label={<ScopedLabel>{t('editor.minuteTakerRotation')}</ScopedLabel>}
                  disabled={bodyLocked}
                  autosize
                  minRows={1}
                  {...form.getInputProps(`${p}.minuteTakerRotation`)}
                />
              </Group>
              <Text size="sm" fw={600}>
                {t('editor.members')}
              </Text>
              {body.members.map((m, j) => (
                <FieldScope key={form.key(`${p}.members.${j}`)} name={t('editor.scopeMember', { n: j + 1 })}>
                  <Group grow align="flex-start" wrap="nowrap">
                    <Select
                      label={<ScopedLabel>{t('editor.memberParty')}</ScopedLabel>}
                      data={parties}
                      value={String(m.organisationId)}
                      onChange={(v) => v && form.setFieldValue(`${p}.members.${j}.organisationId`, Number(v))}
                      error={errorOf(`${p}.members.${j}.organisationId`)}
                      allowDeselect={false}
                    />
                    <TextInput
                      label={<ScopedLabel>{t('editor.memberName')}</ScopedLabel>}
                      {...form.getInputProps(`${p}.members.${j}.name`)}
                      error={errorOf(`${p}.members.${j}.name`)}
                    />
                    <TextInput
                      label={<ScopedLabel>{t('editor.memberTitle')}</ScopedLabel>}
                      {...form.getInputProps(`${p}.members.${j}.title`)}
                    />
                    <RemoveButton
                      label={t('editor.removeMember', { n: j + 1 })}
                      onClick={() => form.removeListItem(`${p}.members`, j)}
                    />
                  </Group>
                </FieldScope>
              ))}
              {!readOnly && values.parties[0] && (
                <AddButton
                  label={t('editor.addMember')}
                  onClick={() =>
                    form.insertListItem(`${p}.members`, {
                      organisationId: values.parties[0]!.organisationId,
                      name: '',
                      title: '',
                    })
                  }
                />
              )}
              {!bodyLocked && (
                <div>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => form.removeListItem('governanceBodies', i)}
                  >
                    {t('editor.removeBody', { name: body.name })}
                  </Button>
                </div>
              )}
            </Stack>
          </FieldScope>
        );
      })}
      {!bodyLocked && (
        <AddButton
          label={t('editor.addBody')}
          onClick={() =>
            form.insertListItem('governanceBodies', {
              key: newKey(
                'body',
                values.governanceBodies.map((b) => b.key),
              ),
              kind: 'cooperationGroup',
              name: t('editor.newBodyName'),
              members: [],
              decisionRule: '',
              chairRotation: '',
              minuteTakerRotation: '',
              convenerOrganisationId: null,
              cadence: { kind: 'perTerm' },
            })
          }
        />
      )}
    </Section>
  );
}
