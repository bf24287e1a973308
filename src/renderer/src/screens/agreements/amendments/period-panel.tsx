// The period and parties as in force on the date shown: the end (and the first
// agreed end when it has moved), how far the extension terms still reach with
// "Förläng" (an amendment with the new end filled in) and "Beslut att inte
// förlänga", and each party with the day it leaves or left.
import { Button, Group, List, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { roleLabels } from '../../../../../shared/agreements/labels';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import { notifySuccess } from '../../../components/notify';
import { useLanguage, useMessage, useT } from '../../../i18n/use-t';
import { useAgreementActions } from '../agreement-actions';
import { ConfirmModal } from './confirm-modal';

interface Props {
  agreement: Agreement;
  canWrite: boolean;
  /** The date shown (null: today). */
  asOf: string | null;
  onExtend?(): void;
}

export function PeriodPanel({ agreement, canWrite, asOf, onExtend }: Props) {
  const t = useT();
  const language = useLanguage();
  const life = agreement.life;
  const period = agreement.data.period;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? String(id);
  const decided = life.extensionDecisions.some((d) => d.forEnd === period.end);
  const extendable = life.latestExtendedEnd !== null && life.latestExtendedEnd > period.end;
  const leaving = life.notices.filter(
    (n) => n.scope === 'party' && n.withdrawal === null && n.endsOn !== null,
  );
  const left = leaving.filter(
    (n) => !agreement.data.parties.some((p) => p.organisationId === n.organisationId),
  );

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('period.title')}
      </Title>
      <Text size="sm">{t('period.inForce', { start: period.start, end: period.end })}</Text>
      {life.originalEnd !== period.end && (
        <Text size="sm">{t('period.originalEnd', { end: life.originalEnd })}</Text>
      )}
      {asOf === null && agreement.effectiveEnd < period.end && (
        <Text size="sm" fw={600}>
          {t('period.endsEarlier', { end: agreement.effectiveEnd })}
        </Text>
      )}
      {life.latestExtendedEnd !== null &&
        (extendable ? (
          <Text size="sm">{t('period.extendable', { max: life.latestExtendedEnd })}</Text>
        ) : (
          <Text size="sm">{t('period.fullyExtended', { max: life.latestExtendedEnd })}</Text>
        ))}
      {decided && <Text size="sm">{t('period.extensionDecided', { end: period.end })}</Text>}
      {canWrite && extendable && !decided && (
        <Group>
          {onExtend && <Button onClick={onExtend}>{t('period.extend')}</Button>}
          <NotExtend agreement={agreement} />
        </Group>
      )}
      <Text size="sm" fw={600} id="agr-parties-in-force">
        {t('period.parties')}
      </Text>
      <List size="sm" aria-labelledby="agr-parties-in-force">
        {agreement.data.parties.map((p) => {
          const notice = leaving.find((n) => n.organisationId === p.organisationId);
          return (
            <List.Item key={p.organisationId}>
              {nameOf(p.organisationId)} ({roleLabels[language][p.role]})
              {notice?.endsOn ? ` – ${t('period.partyLeaves', { date: notice.endsOn })}` : ''}
            </List.Item>
          );
        })}
        {left.map((n) => (
          <List.Item key={`left-${n.id}`}>
            {nameOf(n.organisationId)} – {t('period.partyLeft', { date: n.endsOn ?? '' })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function NotExtend({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const text = useMessage();
  const record = useAgreementActions().recordExtensionDecision;
  const [opened, setOpened] = useState(false);
  const [values, setValues] = useState({ decidedOn: agreement.life.asOf, note: '' });
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('period.notExtend')}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t('period.notExtendTitle')}
        confirmLabel={t('period.notExtendSave')}
        onClose={() => setOpened(false)}
        onConfirm={async () => {
          const result = await record(values);
          if (result.ok) notifySuccess(t('period.notExtendSaved'));
          return result;
        }}
        details={(error) => error.fields?.decidedOn && <Text size="sm">{text(error.fields.decidedOn)}</Text>}
      >
        <Text size="sm">{t('period.notExtendText', { end: agreement.data.period.end })}</Text>
        <TextInput
          label={t('period.decidedOn')}
          description={t('agreements.dateFormat')}
          value={values.decidedOn}
          onChange={(e) => setValues({ ...values, decidedOn: e.currentTarget.value.trim() })}
          required
        />
        <Textarea
          label={t('period.note')}
          autosize
          minRows={2}
          value={values.note}
          onChange={(e) => setValues({ ...values, note: e.currentTarget.value })}
        />
      </ConfirmModal>
    </>
  );
}
