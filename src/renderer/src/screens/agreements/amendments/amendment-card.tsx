// One amendment in the history: number, registration number, reason, the day
// it takes effect, its status and decider, the changed sections in words, the
// signatures of the parties it concerns, what blocks its next step and the
// requirement gaps of organisations joining, with the step its status allows.
import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AmendmentStatus } from '../../../../../shared/agreements/amendments/model';
import type { Agreement, AmendmentView } from '../../../../../shared/ipc/agreements';
import { notifySuccess } from '../../../components/notify';
import { isUiKey } from '../../../i18n/translate';
import { useMessage, useT } from '../../../i18n/use-t';
import { useAgreementActions } from '../agreement-actions';
import { SectionDiffs } from '../section-diffs';
import { DecisionModal, SignAmendmentForm } from './amendment-forms';
import { ConfirmModal } from './confirm-modal';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel';

// Dark shades only: white text on them keeps an AA contrast.
const statusColors: Record<AmendmentStatus, string> = {
  draft: 'gray.8',
  decided: 'cyan.9',
  signed: 'indigo.9',
  inForce: 'teal.9',
};

export function AmendmentStatusBadge({ status }: { status: AmendmentStatus }) {
  const t = useT();
  return (
    <Badge color={statusColors[status]} variant="filled" radius="sm">
      {t(`amendment.status.${status}`)}
    </Badge>
  );
}

interface Props {
  agreement: Agreement;
  amendment: AmendmentView;
  canWrite: boolean;
  onEdit(): void;
}

export function AmendmentCard({ agreement, amendment: a, canWrite, onEdit }: Props) {
  const t = useT();
  const text = useMessage();
  const remove = useAgreementActions().deleteAmendment;
  const transition = useAgreementActions().transitionAmendment;
  const [open, setOpen] = useState<'decision' | 'delete' | 'inForce' | null>(null);
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? String(id);
  const problems = Object.entries(a.problems);
  const extension = agreement.life.extensionDecisions.find((d) => d.amendmentId === a.id);
  const headingId = `amendment-${a.id}-title`;
  const requirementLabel = (r: string) => {
    const key = `requirement.${r}`;
    return isUiKey(key) ? t(key) : r;
  };

  return (
    <Stack gap="sm" className="agr-subsection" component="article" aria-labelledby={headingId}>
      <Group gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t('amendment.title', { n: a.number })}
          {a.registrationNumber ? ` · ${t('agreements.dnr', { dnr: a.registrationNumber })}` : ''}
        </Title>
        <AmendmentStatusBadge status={a.status} />
      </Group>
      <Text size="sm">{a.reason}</Text>
      <Text size="sm">
        {t('amendment.effectiveInfo', { date: a.effectiveFrom })}
        {a.decision === null &&
          ` ${t(a.decider === 'board' ? 'amendment.decidedByBoard' : 'amendment.decidedByDelegation')}`}
      </Text>
      {a.decision && (
        <Text size="sm">
          {t('amendment.decisionInfo', {
            body: a.decision.body,
            date: a.decision.date,
            paragraph: a.decision.paragraph,
          })}
        </Text>
      )}
      {extension && extension.newEnd && (
        <Text size="sm">
          {t('amendment.extensionInfo', { end: extension.forEnd, newEnd: extension.newEnd })}
        </Text>
      )}
      {a.inForceAt && <Text size="sm">{t('amendment.inForceInfo', { date: a.inForceAt.slice(0, 10) })}</Text>}
      {a.diff.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('amendment.changes', { count: a.diff.length })}
          </Text>
          <SectionDiffs sections={a.diff} level={4} context={1} />
        </Stack>
      )}
      {a.recordedSignedBy !== null ? (
        <Text size="sm">{t('amendment.recorded', { signedBy: a.recordedSignedBy })}</Text>
      ) : (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('amendment.signatures')}
          </Text>
          <List size="sm" spacing={2}>
            {a.concerned.map((id) => {
              const s = a.signatures.find((sig) => sig.organisationId === id);
              return (
                <List.Item key={id}>
                  {nameOf(id)}:{' '}
                  {s
                    ? t('signatures.signedBy', { name: s.name || '–', place: s.place, date: s.date })
                    : t('signatures.notSigned')}
                </List.Item>
              );
            })}
          </List>
        </Stack>
      )}
      {a.warnings.map((w) => (
        <Stack key={w.organisationId} gap={2}>
          <Text size="sm" fw={600} c="red.9">
            {t('amendment.requirementGaps', { name: nameOf(w.organisationId) })}
          </Text>
          <List size="sm">
            {w.requirements.map((r) => (
              <List.Item key={r}>{requirementLabel(r)}</List.Item>
            ))}
          </List>
        </Stack>
      ))}
      {problems.length > 0 && a.status !== 'inForce' && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('amendment.blocked')}
          </Text>
          <List size="sm">
            {problems.map(([path, key]) => (
              <List.Item key={path}>{text(key)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <AttachmentsPanel
        compact
        order={4}
        record={{ kind: 'amendment', id: a.id }}
        title={t('attachments.ofAmendment', { n: a.number })}
      />
      {canWrite && a.status === 'draft' && (
        <Group>
          <Button onClick={() => setOpen('decision')}>{t('amendment.recordDecision')}</Button>
          <Button variant="default" onClick={onEdit}>
            {t('amendment.edit')}
          </Button>
          <Button variant="default" color="red.9" onClick={() => setOpen('delete')}>
            {t('amendment.delete')}
          </Button>
        </Group>
      )}
      {canWrite && a.status === 'decided' && <SignAmendmentForm agreement={agreement} amendment={a} />}
      {canWrite && a.status === 'signed' && (
        <Group>
          <Button onClick={() => setOpen('inForce')}>{t('amendment.putInForce')}</Button>
        </Group>
      )}
      {open === 'decision' && (
        <DecisionModal agreement={agreement} amendment={a} opened onClose={() => setOpen(null)} />
      )}
      <ConfirmModal
        opened={open === 'delete'}
        title={t('amendment.deleteTitle', { n: a.number })}
        confirmLabel={t('amendment.delete')}
        danger
        onClose={() => setOpen(null)}
        onConfirm={() => remove(a.id)}
      >
        <Text size="sm">{t('amendment.deleteText')}</Text>
      </ConfirmModal>
      <ConfirmModal
        opened={open === 'inForce'}
        title={t('amendment.inForceTitle', { n: a.number })}
        confirmLabel={t('amendment.putInForce')}
        onClose={() => setOpen(null)}
        onConfirm={async () => {
          const result = await transition({ amendmentId: a.id, request: { to: 'inForce' } });
          if (result.ok) notifySuccess(t('amendment.nowInForce', { n: a.number }));
          return result;
        }}
        details={(error) =>
          error.fields && (
            <List size="sm" mt={4}>
              {Object.entries(error.fields).map(([path, key]) => (
                <List.Item key={path}>{text(key)}</List.Item>
              ))}
            </List>
          )
        }
      >
        <Text size="sm">{t('amendment.inForceText', { date: a.effectiveFrom })}</Text>
        {a.diff.length > 0 && (
          <Text size="sm">
            {t('amendment.inForceSections', { sections: a.diff.map((d) => d.title).join(', ') })}
          </Text>
        )}
      </ConfirmModal>
    </Stack>
  );
}
