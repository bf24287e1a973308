// What went wrong in the open agreement, through the server-data cache
// (data/): its deficiencies (brister) with their steps, the parties'
// notifications of changed circumstances, disputes (tvister) and repayments,
// with the changes to them. A change refreshes everything that shows the
// agreement (data/write-effects.ts): these lists and the agreement itself,
// which a failed dialogue ends and whose calendar holds the steps' deadlines.
import { useMemo } from 'react';
import { fail, type Envelope } from '../../../../../shared/envelope';
import type { Channel, ChannelInput } from '../../../../../shared/ipc/contract';
import { appErrorOf } from '../../../data/api-failure';
import { runApi } from '../../../data/use-api-mutation';
import { useApiQuery } from '../../../data/use-api-query';
import { useAgreementView } from '../../../stores/agreement-view-store';

/** A channel's input without the agreement, which the hook adds. */
type Input<C extends Channel> = Omit<ChannelInput<C>, 'agreementId'>;

function actionsFor(agreementId: number | null) {
  const run = <C extends Channel>(channel: C, input: Input<C>): Promise<Envelope<unknown>> =>
    agreementId === null
      ? Promise.resolve(fail({ code: 'notFound', message: '' }))
      : runApi(channel, { ...input, agreementId } as ChannelInput<C>);
  return {
    recordDeficiency: (input: Input<'agreements:recordDeficiency'>) =>
      run('agreements:recordDeficiency', input),
    setOutcome: (input: Input<'agreements:setDeficiencyOutcome'>) =>
      run('agreements:setDeficiencyOutcome', input),
    recordStep: (input: Input<'agreements:recordDeficiencyStep'>) =>
      run('agreements:recordDeficiencyStep', input),
    recordNotice: (input: Input<'agreements:recordCircumstanceNotice'>) =>
      run('agreements:recordCircumstanceNotice', input),
    closeNotice: (input: Input<'agreements:closeCircumstanceNotice'>) =>
      run('agreements:closeCircumstanceNotice', input),
    openDispute: (input: Input<'agreements:openDispute'>) => run('agreements:openDispute', input),
    closeDispute: (input: Input<'agreements:closeDispute'>) => run('agreements:closeDispute', input),
    recordRepayment: (input: Input<'agreements:recordRepayment'>) => run('agreements:recordRepayment', input),
    propose: (asOf: string) =>
      agreementId === null
        ? Promise.resolve(fail({ code: 'notFound', message: '' }))
        : runApi('agreements:proposeRepayment', { agreementId, asOf }),
  };
}

/** The open agreement's records and the changes to them; `enabled` false reads nothing (a role without access). */
export function useBreaches(enabled = true) {
  const agreementId = useAgreementView((s) => s.openId);
  const on = { enabled: enabled && agreementId !== null };
  const input = { agreementId: agreementId ?? 0 };
  const deficiencies = useApiQuery('agreements:deficiencies', input, on);
  const notices = useApiQuery('agreements:circumstanceNotices', input, on);
  const disputes = useApiQuery('agreements:disputes', input, on);
  const repayments = useApiQuery('agreements:repayments', input, on);
  const actions = useMemo(() => actionsFor(agreementId), [agreementId]);
  const all = [deficiencies, notices, disputes, repayments];
  return {
    ...actions,
    deficiencies: deficiencies.data ?? [],
    notices: notices.data ?? [],
    disputes: disputes.data?.disputes ?? [],
    endsOnFailedDialogue: disputes.data?.endsOnFailedDialogue ?? false,
    repayments: repayments.data ?? [],
    loading: on.enabled && all.some((q) => q.isPending),
    error: appErrorOf(all.find((q) => q.error)?.error),
  };
}
