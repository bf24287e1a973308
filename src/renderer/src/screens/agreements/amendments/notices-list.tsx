// Notices given: of the whole agreement or of one party leaving, the day the
// notice period ends and the day it actually ends (later while groups that had
// started run on, which are named), and how it may be taken back: with the
// other parties' agreement (recorded), or the same day as a mistake.
import { Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Agreement, NoticeView } from '../../../../../shared/ipc/agreements';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useAgreementActions } from '../agreement-actions';
import { ConfirmModal } from './confirm-modal';

export function NoticesList({ agreement, canWrite }: { agreement: Agreement; canWrite: boolean }) {
  const t = useT();
  const notices = [...agreement.life.notices].sort((a, b) => (a.givenOn < b.givenOn ? 1 : -1));
  if (notices.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('notice.listTitle')}
      </Text>
      {notices.map((n) => (
        <NoticeItem key={n.id} agreement={agreement} notice={n} canWrite={canWrite} />
      ))}
    </Stack>
  );
}

function NoticeItem({
  agreement,
  notice: n,
  canWrite,
}: {
  agreement: Agreement;
  notice: NoticeView;
  canWrite: boolean;
}) {
  const t = useT();
  const text = useMessage();
  const withdraw = useAgreementActions().withdrawNotice;
  const [kind, setKind] = useState<'agreed' | 'mistake' | null>(null);
  const [note, setNote] = useState('');
  const name =
    agreement.organisations.find((o) => o.id === n.organisationId)?.name ?? String(n.organisationId);
  const ended = n.endsOn !== null && n.endsOn < agreement.life.asOf;
  return (
    <Stack gap={4} className="agr-subsection">
      <Text size="sm" fw={600}>
        {n.scope === 'agreement'
          ? t('notice.agreementGiven', { name, date: n.givenOn })
          : t('notice.partyGiven', { name, date: n.givenOn })}
      </Text>
      {n.withdrawal ? (
        <Text size="sm">
          {t(n.withdrawal.kind === 'agreed' ? 'notice.withdrawnAgreed' : 'notice.withdrawnMistake', {
            date: n.withdrawal.on,
          })}{' '}
          {n.withdrawal.note}
        </Text>
      ) : (
        <>
          {n.periodEnd && (
            <Text size="sm">
              {n.months === 0
                ? t('notice.periodNone', { end: n.periodEnd })
                : t('notice.periodEnds', { months: n.months ?? '–', end: n.periodEnd })}
            </Text>
          )}
          {n.endsOn && (
            <Text size="sm" fw={600}>
              {n.scope === 'agreement'
                ? t(ended ? 'notice.agreementEnded' : 'notice.agreementEnds', { date: n.endsOn })
                : t(ended ? 'notice.partyLeft' : 'notice.partyLeaves', { name, date: n.endsOn })}
            </Text>
          )}
          {n.holding.length > 0 && (
            <>
              <Text size="sm">{t('notice.heldOpen')}</Text>
              <List size="sm">
                {n.holding.map((g) => (
                  <List.Item key={g.groupId}>
                    {t('notice.holdingGroup', {
                      name: g.name,
                      start: g.startDate,
                      last: g.lastSessionDate ?? '–',
                    })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {n.ongoingInterventions && <Text size="sm">{n.ongoingInterventions}</Text>}
          {canWrite && (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setKind('agreed')}>
                {t('notice.withdrawAgreed')}
              </Button>
              {n.undoable && (
                <Button size="xs" variant="default" onClick={() => setKind('mistake')}>
                  {t('notice.undoMistake')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
      <ConfirmModal
        opened={kind !== null}
        title={kind === 'mistake' ? t('notice.undoTitle') : t('notice.withdrawTitle')}
        confirmLabel={kind === 'mistake' ? t('notice.undoMistake') : t('notice.withdrawAgreed')}
        onClose={() => setKind(null)}
        onConfirm={async () => {
          const result = await withdraw({ noticeId: n.id, kind: kind ?? 'agreed', note });
          if (result.ok) {
            notifySuccess(t('notice.withdrawn'));
            setNote('');
          }
          return result;
        }}
        details={(error) => error.fields?.note && <Text size="sm">{text(error.fields.note)}</Text>}
      >
        <Text size="sm">{kind === 'mistake' ? t('notice.undoText') : t('notice.withdrawText')}</Text>
        <Textarea
          label={kind === 'mistake' ? t('notice.undoNote') : t('notice.agreedNote')}
          description={kind === 'mistake' ? undefined : t('notice.agreedNoteHint')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          required
        />
      </ConfirmModal>
    </Stack>
  );
}
