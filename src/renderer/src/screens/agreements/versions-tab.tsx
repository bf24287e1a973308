// Version history: every save is a version; two chosen versions are compared
// section by section, changed lines marked with − and + as well as colour.
import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { statusLabels } from '../../../../shared/agreements/labels';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { appErrorOf } from '../../data/api-failure';
import { runApi } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useLanguage, useT } from '../../i18n/use-t';
import { SectionDiffs } from './section-diffs';

type Diff = ChannelOutput<'agreements:diff'>;

export function VersionsTab({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const language = useLanguage();
  const query = useApiQuery('agreements:revisions', { id: agreement.id });
  const revisions = query.data ?? null;
  const [diffError, setError] = useState<AppError | null>(null);
  const error = diffError ?? appErrorOf(query.error);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [busy, setBusy] = useState(false);

  // The latest two versions are chosen whenever the history grows (every save is one).
  useEffect(() => {
    if (!revisions) return;
    const [latest, previous] = revisions;
    setTo(latest ? String(latest.revision) : null);
    setFrom(previous ? String(previous.revision) : latest ? String(latest.revision) : null);
  }, [revisions]);

  async function compare() {
    if (from === null || to === null) return;
    setBusy(true);
    const result = await runApi('agreements:diff', { id: agreement.id, from: Number(from), to: Number(to) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDiff(result.value);
  }

  if (!revisions) return error ? <ErrorAlert error={error} /> : <LoadingState label={t('common.loading')} />;
  const options = revisions.map((r) => ({
    value: String(r.revision),
    label: t('versions.option', { n: r.revision, date: r.savedAt.slice(0, 10) }),
  }));
  const changed = diff?.filter((s) => s.status !== 'unchanged') ?? [];

  return (
    <Stack gap="lg">
      <Table withTableBorder aria-label={t('versions.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('versions.version')}</Table.Th>
            <Table.Th>{t('versions.savedAt')}</Table.Th>
            <Table.Th>{t('versions.savedBy')}</Table.Th>
            <Table.Th>{t('versions.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {revisions.map((r) => (
            <Table.Tr key={r.revision}>
              <Table.Td>{r.revision}</Table.Td>
              <Table.Td>{r.savedAt.replace('T', ' ').slice(0, 16)}</Table.Td>
              <Table.Td>{r.savedBy ?? '–'}</Table.Td>
              <Table.Td>{statusLabels[language][r.status]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <Select
          label={t('versions.from')}
          data={options}
          value={from}
          onChange={setFrom}
          allowDeselect={false}
          w={260}
        />
        <Select
          label={t('versions.to')}
          data={options}
          value={to}
          onChange={setTo}
          allowDeselect={false}
          w={260}
        />
        <Button onClick={() => void compare()} loading={busy}>
          {t('versions.compare')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {diff && (
        <Stack gap="md" aria-live="polite">
          <Text fw={600}>
            {changed.length === 0
              ? t('versions.noChanges')
              : t('versions.changedSections', { count: changed.length })}
          </Text>
          <SectionDiffs sections={changed} />
        </Stack>
      )}
    </Stack>
  );
}
