// The feedback and complaints log: date, channel, category, a summary without
// names, the response, and whether it is closed.
import {
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { AgreementSummary } from '../../../../shared/ipc/agreements';
import type { FeedbackEntry } from '../../../../shared/ipc/support-groups';
import {
  feedbackCategories,
  feedbackChannels,
  type FeedbackCategory,
  type FeedbackChannel,
} from '../../../../shared/support-groups/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';
import { useFeedback } from './use-support-groups';
import { todayIso } from './labels';

function FeedbackForm({
  entry,
  agreements,
  onDone,
}: {
  entry: FeedbackEntry | null;
  agreements: AgreementSummary[];
  onDone(): void;
}) {
  const t = useT();
  const create = useApiMutation('feedback:create');
  const update = useApiMutation('feedback:update');
  const text = useMessage();
  const [values, setValues] = useState({
    agreementId: String(entry?.agreementId ?? agreements[0]?.id ?? ''),
    receivedOn: entry?.receivedOn ?? todayIso(),
    channel: (entry?.channel ?? 'conversation') as FeedbackChannel,
    category: (entry?.category ?? 'suggestion') as FeedbackCategory,
    summary: entry?.summary ?? '',
    response: entry?.response ?? '',
    closed: entry?.closed ?? false,
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const err = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);
  const set = (key: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = { ...values, agreementId: Number(values.agreementId), programmeId: null, closedOn: null };
    const result = entry
      ? await update.run({ id: entry.id, version: entry.version, data })
      : await create.run(data);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('feedback.saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset legend={entry ? t('feedback.editTitle') : t('feedback.newTitle')}>
        <Stack gap="sm">
          <NativeSelect
            label={t('feedback.agreement')}
            value={values.agreementId}
            onChange={set('agreementId')}
            data={agreements.map((a) => ({
              value: String(a.id),
              label: `${a.registrationNumber} ${a.title}`,
            }))}
            error={err('agreementId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('feedback.receivedOn')}
              description={t('sgCommon.dateHint')}
              value={values.receivedOn}
              onChange={set('receivedOn')}
              error={err('receivedOn')}
            />
            <NativeSelect
              label={t('feedback.channel')}
              value={values.channel}
              onChange={set('channel')}
              data={feedbackChannels.map((c) => ({ value: c, label: t(`feedbackChannel.${c}`) }))}
            />
            <NativeSelect
              label={t('feedback.category')}
              value={values.category}
              onChange={set('category')}
              data={feedbackCategories.map((c) => ({ value: c, label: t(`feedbackCategory.${c}`) }))}
            />
          </SimpleGrid>
          <Textarea
            label={t('feedback.summary')}
            description={t('feedback.summaryHint')}
            required
            value={values.summary}
            onChange={set('summary')}
            error={err('summary')}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('feedback.response')}
            value={values.response}
            onChange={set('response')}
            error={err('response')}
            autosize
            minRows={2}
          />
          <Checkbox
            label={t('feedback.closed')}
            checked={values.closed}
            onChange={(e) => {
              const closed = e.currentTarget.checked;
              setValues((v) => ({ ...v, closed }));
            }}
          />
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('feedback.save')}</Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

export function FeedbackLog({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const { feedback, loaded, error } = useFeedback();
  const agreements = useApiQuery('agreements:list', {}).data?.items ?? [];
  const [editing, setEditing] = useState<FeedbackEntry | 'new' | null>(null);

  const agreementName = (id: number) => agreements.find((a) => a.id === id)?.registrationNumber ?? '';
  return (
    <Stack gap="md">
      {canWrite && editing === null && agreements.length > 0 && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
            {t('feedback.new')}
          </Button>
        </Group>
      )}
      {editing !== null && (
        <FeedbackForm
          entry={editing === 'new' ? null : editing}
          agreements={agreements}
          onDone={() => setEditing(null)}
        />
      )}
      <ErrorAlert error={error} />
      {!loaded ? (
        <LoadingState label={t('common.loading')} />
      ) : feedback.length === 0 ? (
        <Text>{t('feedback.empty')}</Text>
      ) : (
        <div className="sg-scroll">
          <Table withTableBorder striped aria-label={t('feedback.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('feedback.receivedOn')}</Table.Th>
                <Table.Th>{t('feedback.agreement')}</Table.Th>
                <Table.Th>{t('feedback.channel')}</Table.Th>
                <Table.Th>{t('feedback.category')}</Table.Th>
                <Table.Th>{t('feedback.summary')}</Table.Th>
                <Table.Th>{t('feedback.response')}</Table.Th>
                <Table.Th>{t('feedback.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {feedback.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{f.receivedOn}</Table.Td>
                  <Table.Td>{agreementName(f.agreementId)}</Table.Td>
                  <Table.Td>{t(`feedbackChannel.${f.channel}`)}</Table.Td>
                  <Table.Td>{t(`feedbackCategory.${f.category}`)}</Table.Td>
                  <Table.Td>{f.summary}</Table.Td>
                  <Table.Td>{f.response || '–'}</Table.Td>
                  <Table.Td>
                    {f.closed ? (
                      <Badge color="green" variant="light">
                        {t('feedback.closedOn', { date: f.closedOn ?? '' })}
                      </Badge>
                    ) : (
                      <Badge color="orange" variant="light">
                        {t('feedback.open')}
                      </Badge>
                    )}
                    {canWrite && editing === null && (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        ml="xs"
                        onClick={() => setEditing(f)}
                        aria-label={t('feedback.editOf', { date: f.receivedOn })}
                      >
                        {t('feedback.edit')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
