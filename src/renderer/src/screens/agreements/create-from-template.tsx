// A new agreement from one of the three built-in templates: the template, the
// registration number, the start date and an organisation for each role. Main
// builds the complete draft; its field errors land on these fields.
import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { templateLabels } from '../../../../shared/agreements/labels';
import { templateKeys, type TemplateKey } from '../../../../shared/agreements/model';
import { templates } from '../../../../shared/agreements/templates';
import type { AppError } from '../../../../shared/envelope';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import { BackButton } from '../../components/back-button';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { useLanguage, useMessage, useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { runApi } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';
import { appErrorOf } from '../../data/api-failure';
import { OrganisationPicker } from './organisation-picker';

type SlotKey = 'municipality' | 'organisation' | 'region' | 'board' | 'organisations';

const nextNewYear = () => `${new Date().getFullYear() + 1}-01-01`;

export function CreateFromTemplate() {
  const t = useT();
  const text = useMessage();
  const language = useLanguage();
  const showList = () => goTo({ name: 'agreements' });
  // Whether the register has anyone at all (the pickers search it as the user types).
  const register = useApiQuery('organisations:list', { query: '', limit: 1 });
  const registerEmpty = register.data?.length === 0;
  const registerError = appErrorOf(register.error);
  const [templateKey, setTemplateKey] = useState<TemplateKey>('supportGroups');
  const [registrationNumber, setRegistrationNumber] = useState('');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState(nextNewYear);
  const [slots, setSlots] = useState<Record<string, OrganisationSummary[]>>({});
  const [fields, setFields] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const template = templates[templateKey];
  const error = (path: string) => (fields[path] ? text(fields[path]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFailure(null);
    const result = await runApi('agreements:createFromTemplate', {
      templateKey,
      registrationNumber,
      title,
      start,
      slots: Object.fromEntries(
        template.slots.map((slot) => [slot.key, (slots[slot.key] ?? []).map((o) => o.id)]),
      ),
    });
    setSaving(false);
    // The new agreement's page takes the form's place in history.
    if (result.ok) goTo({ name: 'agreement', id: result.value.id, tab: 'summary' }, { replace: true });
    else {
      // Main names the registration number of the draft it built as data.registrationNumber.
      const found = Object.fromEntries(
        Object.entries(result.error.fields ?? {}).map(([path, key]) => [path.replace(/^data\./, ''), key]),
      );
      setFields(found);
      setFailure(result.error);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
    }
  }

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg" maw={820}>
        <BackButton label={t('agreements.backToList')} onClick={showList} />
        <PageTitle>{t('agreements.createTitle')}</PageTitle>
        <Text>{t('agreements.createIntro')}</Text>
        <ErrorAlert error={registerError} />
        <Radio.Group
          label={t('agreements.template')}
          value={templateKey}
          onChange={(value) => {
            setTemplateKey(value as TemplateKey);
            setSlots({});
            setFields({});
          }}
        >
          <Stack gap="sm" mt="xs">
            {templateKeys.map((key) => (
              <Radio
                key={key}
                value={key}
                label={templateLabels[language][key].name}
                description={templateLabels[language][key].description}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('agreements.registrationNumber')}
            description={t('agreements.registrationNumberHint')}
            value={registrationNumber}
            onChange={(e) => {
              setRegistrationNumber(e.currentTarget.value);
              setFields(({ registrationNumber: _, ...rest }) => rest);
            }}
            error={error('registrationNumber')}
            required
            autoComplete="off"
          />
          <TextInput
            label={t('agreements.start')}
            description={t('agreements.startHint', { years: template.durationYears })}
            value={start}
            onChange={(e) => setStart(e.currentTarget.value.trim())}
            error={error('start')}
            required
            autoComplete="off"
          />
        </Group>
        <TextInput
          label={t('agreements.titleOptional')}
          description={t('agreements.titleOptionalHint')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={error('title')}
          autoComplete="off"
        />
        <Stack gap="sm">
          <Text fw={700}>{t('agreements.partiesForTemplate')}</Text>
          {template.slots.map((slot) =>
            slot.multiple ? (
              <OrganisationPicker
                key={`${templateKey}-${slot.key}`}
                multiple
                label={t(`agreements.slot.${slot.key as SlotKey}`)}
                kinds={slot.kinds}
                value={slots[slot.key] ?? []}
                onChange={(chosen) => setSlots({ ...slots, [slot.key]: chosen })}
                error={error(`slots.${slot.key}`)}
                required
              />
            ) : (
              <OrganisationPicker
                key={`${templateKey}-${slot.key}`}
                label={t(`agreements.slot.${slot.key as SlotKey}`)}
                kinds={slot.kinds}
                value={slots[slot.key]?.[0] ?? null}
                onChange={(chosen) => setSlots({ ...slots, [slot.key]: chosen ? [chosen] : [] })}
                error={error(`slots.${slot.key}`)}
                required
              />
            ),
          )}
          {registerEmpty && (
            <Alert color="blue" variant="light">
              {t('agreements.registerEmpty')}
            </Alert>
          )}
        </Stack>
        <ErrorAlert error={failure} title={t('agreements.notCreated')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={showList} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('agreements.create')}
          </Button>
        </Group>
        <BusyStatus busy={saving} label={t('common.saving')} />
      </Stack>
    </form>
  );
}
