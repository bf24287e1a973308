// The installation's exchange identity: created once by the admin, then shown
// with its fingerprint (to read aloud), the contact card to save, and a key
// rotation.
import { Alert, Button, Code, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAddressBook, IconKey, IconPrinter } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { ExchangeIdentityView } from '../../../../shared/ipc/exchange';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useFieldError } from '../../components/use-field-error';
import { useT } from '../../i18n/use-t';
import { exchangeApi } from './use-exchange';

export function IdentitySection({ identity, onChange }: { identity: ExchangeIdentityView | null; onChange(): void }) {
  const t = useT();
  const [form, setForm] = useState({ organisationName: '', orgNumber: '', installationName: '' });
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const fieldError = useFieldError(error?.fields ?? {});

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await exchangeApi.createIdentity(form);
    if (!result.ok) return setError(result.error);
    notifySuccess(t('exchange.created'));
    onChange();
  }

  async function exportCard() {
    setError(null);
    const folder = await exchangeApi.chooseFolder();
    if (!folder.ok) return setError(folder.error);
    if (folder.value.path === null) return;
    const result = await exchangeApi.exportCard(folder.value.path);
    if (!result.ok) return setError(result.error);
    setSaved(result.value.path);
  }

  async function printCard() {
    setError(null);
    const folder = await exchangeApi.chooseFolder();
    if (!folder.ok) return setError(folder.error);
    if (folder.value.path === null) return;
    const result = await exchangeApi.printCard(folder.value.path);
    if (!result.ok) return setError(result.error);
    setSaved(result.value.path);
  }

  async function rotate() {
    const result = await exchangeApi.rotateIdentity();
    setConfirmRotate(false);
    if (!result.ok) return setError(result.error);
    notifySuccess(t('exchange.rotated'));
    onChange();
  }

  if (!identity)
    return (
      <form onSubmit={(e) => void create(e)} noValidate>
        <Fieldset legend={t('exchange.identity')}>
          <Stack gap="sm">
            <Text size="sm">{t('exchange.identityIntro')}</Text>
            <TextInput
              label={t('exchange.organisationName')}
              required
              value={form.organisationName}
              onChange={(e) => setForm({ ...form, organisationName: e.currentTarget.value })}
              error={fieldError('organisationName')}
            />
            <TextInput
              label={t('exchange.orgNumber')}
              required
              value={form.orgNumber}
              onChange={(e) => setForm({ ...form, orgNumber: e.currentTarget.value })}
              error={fieldError('orgNumber')}
            />
            <TextInput
              label={t('exchange.installationName')}
              description={t('exchange.installationHint')}
              required
              value={form.installationName}
              onChange={(e) => setForm({ ...form, installationName: e.currentTarget.value })}
              error={fieldError('installationName')}
            />
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button type="submit" leftSection={<IconKey size={16} aria-hidden="true" />}>
                {t('exchange.create')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    );

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('exchange.identity')}
      </Title>
      <Text>
        {identity.organisationName} ({identity.orgNumber}) · {identity.installationName}
      </Text>
      <Text size="sm" fw={600}>
        {t('exchange.fingerprint')}
      </Text>
      <Code fz="xl" aria-describedby="fingerprint-hint">
        {identity.fingerprint}
      </Code>
      <Text size="sm" id="fingerprint-hint">
        {t('exchange.fingerprintHint')}
      </Text>
      <ErrorAlert error={error} />
      {saved && (
        <Alert color="green" role="status">
          {t('exchange.cardSaved', { path: saved })}
        </Alert>
      )}
      {confirmRotate && (
        <Alert color="orange">
          <Stack gap="xs">
            <Text size="sm">{t('exchange.rotateBody')}</Text>
            <Group>
              <Button color="orange" onClick={() => void rotate()}>
                {t('exchange.rotate')}
              </Button>
              <Button variant="default" onClick={() => setConfirmRotate(false)}>
                {t('exchange.close')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group>
        <Button leftSection={<IconAddressBook size={16} aria-hidden="true" />} onClick={() => void exportCard()}>
          {t('exchange.exportCard')}
        </Button>
        <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={() => void printCard()}>
          {t('exchange.printCard')}
        </Button>
        {!confirmRotate && (
          <Button variant="default" onClick={() => setConfirmRotate(true)}>
            {t('exchange.rotate')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
