// The status and the next steps it allows, with what is still missing for
// each (the same guards main enforces), and the forms some steps need.
import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../shared/dates';
import { criterionLabels, statusLabels } from '../../../../shared/agreements/labels';
import { boardsToDecide } from '../../../../shared/agreements/decisions';
import { joinSwedish } from '../../../../shared/agreements/economy';
import {
  allowedTransitions,
  transitionProblems,
  type TransitionRequest,
} from '../../../../shared/agreements/lifecycle';
import type { AgreementStatus, IopCriterion } from '../../../../shared/agreements/model';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import type { UiKey } from '../../i18n/translate';
import { useLanguage, useMessage, useT } from '../../i18n/use-t';
import { useAgreementActions } from './agreement-actions';
import { NoticeModal } from './amendments/notice-form';
import { NoticesList } from './amendments/notices-list';
import { TransitionForm } from './transition-forms';

const actionLabel: Record<AgreementStatus, UiKey> = {
  draft: 'lifecycle.toDraft',
  forDecision: 'lifecycle.toForDecision',
  decided: 'lifecycle.toDecided',
  signed: 'lifecycle.toSigned',
  active: 'lifecycle.toActive',
  ended: 'lifecycle.toEnded',
  terminated: 'lifecycle.toTerminated',
  rescinded: 'lifecycle.toRescinded',
};
const needsForm = (to: AgreementStatus): to is 'decided' | 'rescinded' =>
  to === 'decided' || to === 'rescinded';
const agreementUnderNotice = (agreement: Agreement) =>
  agreement.life.notices.some((n) => n.scope === 'agreement' && n.withdrawal === null);

export function LifecyclePanel({ agreement, canWrite }: { agreement: Agreement; canWrite: boolean }) {
  const t = useT();
  const text = useMessage();
  const language = useLanguage();
  const transition = useAgreementActions().transition;
  const recordDecision = useAgreementActions().recordDecision;
  const [form, setForm] = useState<'decided' | 'rescinded' | null>(null);
  // Notice (of the whole agreement or one party) has a form of its own with a confirmation.
  const [notice, setNotice] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<AgreementStatus | null>(null);
  const today = swedishDay(new Date());
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const lifecycle = {
    status: agreement.status,
    decision: agreement.decision,
    signatures: agreement.signatures,
    noticeGiven: agreement.noticeGiven,
    rescission: agreement.rescission,
  };

  /** What a guard problem means here, with the criterion's or clause's name where there is one. */
  const describe = (path: string, key: string) => {
    const criterion = /^criteria\.(\w+)$/.exec(path)?.[1] as IopCriterion | undefined;
    const clause = agreement.data.clauses[Number(/^clauses\.(\d+)\./.exec(path)?.[1] ?? NaN)];
    return criterion
      ? `${criterionLabels[language][criterion]}: ${text(key)}`
      : clause
        ? `${clause.heading}: ${text(key)}`
        : text(key);
  };

  async function run(request: TransitionRequest) {
    setBusy(request.to);
    // A board's decision is recorded per public party; the last one makes it beslutad.
    const organisationId = request.to === 'decided' ? request.decision.organisationId : null;
    const result =
      request.to === 'decided' && organisationId != null
        ? await recordDecision({ ...request.decision, organisationId })
        : await transition(request);
    setBusy(null);
    if (result.ok) {
      setFailure(null);
      const missing = boardsToDecide(result.value.data, result.value.decisions);
      notifySuccess(
        result.value.status === 'forDecision' && organisationId != null && missing.length > 0
          ? t('decisions.recorded', {
              party: nameOf(organisationId),
              missing: joinSwedish(missing.map(nameOf)),
            })
          : t('lifecycle.changed', { status: statusLabels[language][result.value.status] }),
      );
      return { ok: true as const };
    }
    if (!needsForm(request.to)) setFailure(result.error);
    return { ok: false as const, error: result.error };
  }

  // Notice is given from 'signed' or 'active' (the whole agreement or one party) and, for one party, while another's runs.
  const next = allowedTransitions[agreement.status].filter(
    (to) => to !== 'terminated' || !agreementUnderNotice(agreement),
  );
  const publicIds = agreement.data.parties.filter((p) => p.role === 'public').map((p) => p.organisationId);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('lifecycle.title')}
      </Title>
      <Text>{t('lifecycle.current', { status: statusLabels[language][agreement.status] })}</Text>
      {publicIds.length > 1 && agreement.status !== 'draft' && (
        <List size="sm" aria-label={t('decisions.title')}>
          {publicIds.map((id) => {
            const d = agreement.decisions.find((x) => x.organisationId === id);
            return (
              <List.Item key={id}>
                {d
                  ? t('decisions.done', {
                      party: nameOf(id),
                      board: d.board,
                      date: d.date,
                      paragraph: d.paragraph,
                    })
                  : t('decisions.waiting', { party: nameOf(id) })}
              </List.Item>
            );
          })}
        </List>
      )}
      {agreement.decision && publicIds.length <= 1 && (
        <Text size="sm">
          {t('lifecycle.decisionInfo', {
            board: agreement.decision.board,
            date: agreement.decision.date,
            paragraph: agreement.decision.paragraph,
          })}
        </Text>
      )}
      <NoticesList agreement={agreement} canWrite={canWrite} />
      {agreement.rescission && (
        <Text size="sm">
          {t('lifecycle.rescissionInfo', {
            date: agreement.rescission.date,
            reason: agreement.rescission.reason,
          })}
        </Text>
      )}
      {canWrite && next.length > 0 && (
        <Stack gap="sm">
          {next.map((to) => {
            const problems =
              needsForm(to) || to === 'terminated'
                ? {}
                : transitionProblems(agreement.data, lifecycle, { to } as TransitionRequest, today);
            const missing = Object.entries(problems);
            return (
              <div key={to}>
                <Group>
                  <Button
                    variant={
                      to === 'draft' || to === 'rescinded' || to === 'terminated' ? 'default' : 'filled'
                    }
                    loading={busy === to}
                    onClick={() =>
                      to === 'terminated'
                        ? setNotice(true)
                        : needsForm(to)
                          ? setForm(to)
                          : void run({ to } as TransitionRequest)
                    }
                  >
                    {t(actionLabel[to])}
                  </Button>
                </Group>
                {missing.length > 0 && (
                  <>
                    <Text size="sm" mt={4} id={`missing-${to}`}>
                      {t('lifecycle.missing')}
                    </Text>
                    <List size="sm" aria-labelledby={`missing-${to}`}>
                      {missing.map(([path, key]) => (
                        <List.Item key={path}>{describe(path, key)}</List.Item>
                      ))}
                    </List>
                  </>
                )}
              </div>
            );
          })}
        </Stack>
      )}
      {failure && (
        <ErrorAlert error={failure}>
          {failure.fields && (
            <List size="sm" mt={4}>
              {Object.entries(failure.fields).map(([path, key]) => (
                <List.Item key={path}>{describe(path, key)}</List.Item>
              ))}
            </List>
          )}
        </ErrorAlert>
      )}
      <TransitionForm agreement={agreement} kind={form} onClose={() => setForm(null)} onSubmit={run} />
      <NoticeModal agreement={agreement} opened={notice} onClose={() => setNotice(false)} />
    </Stack>
  );
}
