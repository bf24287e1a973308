// Who has signed, and the form to record a party's signature (only after the decision).
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SignatureFields } from './signature-fields';
import { swedishDay } from '../../../../shared/dates';
import { acceptsSignatures } from '../../../../shared/agreements/lifecycle';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useAgreementActions } from './agreement-actions';

export function SignaturesPanel({ agreement, canWrite }: { agreement: Agreement; canWrite: boolean }) {
  const t = useT();
  const text = useMessage();
  const recordSignature = useAgreementActions().recordSignature;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const unsigned = agreement.data.parties.filter(
    (p) => !agreement.signatures.some((s) => s.organisationId === p.organisationId),
  );
  const first = unsigned[0] ?? agreement.data.parties[0];
  const [values, setValues] = useState({
    organisationId: first ? String(first.organisationId) : '',
    name: first?.signatory.name ?? '',
    title: first?.signatory.title ?? '',
    place: '',
    date: swedishDay(new Date()),
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const error = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);

  function choose(organisationId: string) {
    const party = agreement.data.parties.find((p) => String(p.organisationId) === organisationId);
    setValues({
      ...values,
      organisationId,
      name: party?.signatory.name ?? '',
      title: party?.signatory.title ?? '',
    });
  }

  async function submit() {
    setSaving(true);
    const result = await recordSignature({ ...values, organisationId: Number(values.organisationId) });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('signatures.saved', { name: nameOf(Number(values.organisationId)) }));
    const next = result.value.data.parties.find(
      (p) => !result.value.signatures.some((s) => s.organisationId === p.organisationId),
    );
    if (next)
      setValues({
        ...values,
        organisationId: String(next.organisationId),
        name: next.signatory.name,
        title: next.signatory.title,
      });
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('signatures.title')}
      </Title>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('signatures.party')}</Table.Th>
            <Table.Th>{t('signatures.signed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agreement.data.parties.map((p) => {
            const s = agreement.signatures.find((sig) => sig.organisationId === p.organisationId);
            return (
              <Table.Tr key={p.organisationId}>
                <Table.Td>{nameOf(p.organisationId)}</Table.Td>
                <Table.Td>
                  {s
                    ? t('signatures.signedBy', { name: s.name || '–', place: s.place, date: s.date })
                    : t('signatures.notSigned')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {canWrite && acceptsSignatures(agreement.status) && (
        <Stack gap="xs" className="agr-subsection">
          <Text fw={600}>{t('signatures.record')}</Text>
          <SignatureFields
            parties={agreement.data.parties.map((p) => ({
              value: String(p.organisationId),
              label: nameOf(p.organisationId),
            }))}
            values={values}
            onChange={setValues}
            onParty={choose}
            error={(field) => error(`signature.${field}`)}
          />
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button onClick={() => void submit()} loading={saving}>
              {t('signatures.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
