// The agreement's Åtaganden tab: each commitment per party with its target,
// the period today falls in, what was achieved and its status; a form to tick
// off something done (date not in the future, what, a note) and the list of
// tick-offs, each removable (with a reason) when recorded by mistake and each
// with its files (a folded panel per tick-off below the list, like meetings).
// A commitment with text only is flagged, never given a status.
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../../shared/dates';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { CommitmentFollowUp, TickOff } from '../../../../../shared/ipc/agreements/commitments';
import type { Role } from '../../../../../shared/roles';
import { mayCall } from '../../../api/access';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { fieldError } from '../breaches/field-errors';
import { PartnerReports } from '../../exchange/partner-reports';
import { RemoveTickOffModal } from './remove-tick-off';
import { periodText, progressText, statusColor, targetText } from './commitment-text';
import { useCommitments, type TickOffInput } from './use-commitments';

export function CommitmentsTab({ agreement, role }: { agreement: Agreement; role: Role }) {
  const t = useT();
  const canTick = mayCall('agreements:recordTickOff', role);
  const canRemove = mayCall('agreements:removeTickOff', role);
  const [removing, setRemoving] = useState<TickOff | null>(null);
  const { statuses, tickOffs, error, recordTickOff, removeTickOff } = useCommitments(
    agreement.id,
    agreement.version,
    mayCall('agreements:tickOffs', role),
  );
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  if (!statuses) return error ? <ErrorAlert error={error} /> : <LoadingState label={t('common.loading')} />;
  const unstructured = statuses.filter((c) => c.kind === 'unknown').length;
  const byHand = statuses.filter(
    (c) => c.kind !== 'unknown' && (c.target?.measure ?? 'tickOffs') === 'tickOffs',
  );
  const textOf = (key: string) => statuses.find((c) => c.key === key)?.text ?? key;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('cmt.title')}
        </Title>
        <Text size="sm">{t('cmt.intro')}</Text>
      </Stack>
      <ErrorAlert error={error} />
      {unstructured > 0 && (
        <Text size="sm" role="note">
          {t('cmt.unstructuredHint', { count: unstructured })}
        </Text>
      )}
      {statuses.length === 0 ? (
        <Text>{t('cmt.none')}</Text>
      ) : (
        <Table withTableBorder striped aria-label={t('cmt.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cmt.party')}</Table.Th>
              <Table.Th>{t('cmt.commitment')}</Table.Th>
              <Table.Th>{t('cmt.target')}</Table.Th>
              <Table.Th>{t('cmt.period')}</Table.Th>
              <Table.Th>{t('cmt.progress')}</Table.Th>
              <Table.Th>{t('cmt.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statuses.map((c) => (
              <Table.Tr key={c.key}>
                <Table.Td>
                  {nameOf(c.organisationId)}
                  {c.appendixIndex !== null && (
                    <Text size="xs">{t('cmt.appendix', { n: c.appendixIndex + 1 })}</Text>
                  )}
                </Table.Td>
                <Table.Td>{c.text}</Table.Td>
                <Table.Td>{targetText(c, t)}</Table.Td>
                <Table.Td className="agr-nowrap">{periodText(c, t)}</Table.Td>
                <Table.Td>{progressText(c, t)}</Table.Td>
                <Table.Td className="agr-nowrap">
                  <StatusBadge status={c.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mayCall('exchange:receivedReports', role) && (
        <PartnerReports
          organisationIds={agreement.organisations.map((o) => o.id)}
          registrationNumber={agreement.data.registrationNumber}
          commitments={statuses}
        />
      )}
      {canTick && byHand.length > 0 && <TickOffForm commitments={byHand} onSave={recordTickOff} />}
      {mayCall('agreements:tickOffs', role) && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('cmt.tickOffs')}
          </Title>
          {tickOffs.length === 0 ? (
            <Text size="sm">{t('cmt.noTickOffs')}</Text>
          ) : (
            <Table withTableBorder aria-label={t('cmt.tickOffs')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cmt.doneOn')}</Table.Th>
                  <Table.Th>{t('cmt.commitment')}</Table.Th>
                  <Table.Th>{t('cmt.whatDone')}</Table.Th>
                  <Table.Th>{t('cmt.note')}</Table.Th>
                  <Table.Th>{t('cmt.recordedBy')}</Table.Th>
                  {canRemove && <Table.Th>{t('cmt.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tickOffs.map((tick) => (
                  <Table.Tr key={tick.id}>
                    <Table.Td className="agr-nowrap">{tick.doneOn}</Table.Td>
                    <Table.Td>{textOf(tick.commitmentKey)}</Table.Td>
                    <Table.Td>{tick.whatDone}</Table.Td>
                    <Table.Td>{tick.note}</Table.Td>
                    <Table.Td>{tick.recordedBy ?? '–'}</Table.Td>
                    {canRemove && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('cmt.removeLabel', { doneOn: tick.doneOn, whatDone: tick.whatDone })}
                          onClick={() => setRemoving(tick)}
                        >
                          {t('cmt.remove')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {tickOffs.map((tick, n) => (
            <AttachmentsPanel
              key={tick.id}
              compact
              record={{ kind: 'tickOff', id: tick.id }}
              title={tickOffFilesTitle(tickOffs, n, t)}
            />
          ))}
        </Stack>
      )}
      {canRemove && (
        <RemoveTickOffModal tickOff={removing} onClose={() => setRemoving(null)} onRemove={removeTickOff} />
      )}
    </Stack>
  );
}

/** The panel's name, unique on the tab: two tick-offs of the same day and words are numbered. */
function tickOffFilesTitle(tickOffs: readonly TickOff[], n: number, t: ReturnType<typeof useT>): string {
  const title = (tick: TickOff) => t('attachments.ofTickOff', { date: tick.doneOn, what: tick.whatDone });
  const own = title(tickOffs[n]!);
  const same = tickOffs.filter((tick) => title(tick) === own);
  return same.length > 1 ? `${own} (${same.indexOf(tickOffs[n]!) + 1})` : own;
}

export function StatusBadge({ status }: { status: CommitmentFollowUp['status'] }) {
  const t = useT();
  return (
    <Badge color={statusColor[status]} variant="light" autoContrast>
      {t(`cmt.status.${status}`)}
    </Badge>
  );
}

function TickOffForm({
  commitments,
  onSave,
}: {
  commitments: CommitmentFollowUp[];
  onSave: (input: TickOffInput) => Promise<{ ok: true } | { ok: false; error: AppError }>;
}) {
  const t = useT();
  const text = useMessage();
  const blank = {
    commitmentKey: commitments[0]!.key,
    doneOn: swedishDay(new Date()),
    whatDone: '',
    note: '',
  };
  const [values, setValues] = useState(blank);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = fieldError(failure, text);

  async function submit() {
    setSaving(true);
    const result = await onSave(values);
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('cmt.saved'));
    setValues({ ...blank, commitmentKey: values.commitmentKey });
  }

  return (
    <Stack gap="xs" className="agr-subsection" role="group" aria-labelledby="cmt-tick-off-title">
      <Title order={3} size="h5" id="cmt-tick-off-title">
        {t('cmt.tickOffTitle')}
      </Title>
      <Select
        label={t('cmt.tickOffCommitment')}
        data={commitments.map((c) => ({ value: c.key, label: c.text }))}
        value={values.commitmentKey}
        onChange={(v) => v && set({ commitmentKey: v })}
        allowDeselect={false}
        error={error('commitmentKey')}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('cmt.doneOn')}
          description={t('agreements.dateFormat')}
          value={values.doneOn}
          onChange={(e) => set({ doneOn: e.currentTarget.value.trim() })}
          error={error('doneOn')}
        />
        <TextInput
          label={t('cmt.whatDone')}
          value={values.whatDone}
          onChange={(e) => set({ whatDone: e.currentTarget.value })}
          error={error('whatDone')}
        />
      </Group>
      <Textarea
        label={t('cmt.note')}
        autosize
        minRows={1}
        value={values.note}
        onChange={(e) => set({ note: e.currentTarget.value })}
        error={error('note')}
      />
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={saving}>
          {t('cmt.save')}
        </Button>
      </Group>
    </Stack>
  );
}
