// What the user does to the open agreement, through the server-data cache:
// each change sends the open agreement's id and version, and on success the
// cache holds main's answer at once and refreshes what shows agreements
// (data/write-effects.ts). Every change answers main's envelope, so forms can
// show field errors.
import { useMemo } from 'react';
import type { AgreementData } from '../../../../shared/agreements/model';
import type { TransitionRequest } from '../../../../shared/agreements/lifecycle';
import { fail, ok, type Envelope } from '../../../../shared/envelope';
import type { Agreement, DocumentFormat, DocumentKind } from '../../../../shared/ipc/agreements';
import type { Channel, ChannelInput } from '../../../../shared/ipc/contract';
import { appErrorOf } from '../../data/api-failure';
import { queryClient } from '../../data/query-client';
import { apiQueryKey } from '../../data/query-key';
import { fetchApi } from '../../data/use-api-query';
import { runApi } from '../../data/use-api-mutation';
import { useAgreementView } from '../../stores/agreement-view-store';
import { agreementInput, useOpenAgreement } from './use-agreement';

/** A change of the open agreement's life: the channel's input without the agreement's id and version. */
type AmendmentChange<C extends Channel> = Omit<ChannelInput<C>, 'id' | 'version'>;
type AgreementChannel = {
  [C in Channel]: Awaited<ReturnType<typeof runApi<C>>> extends Envelope<Agreement> ? C : never;
}[Channel];

const noAgreement = fail({ code: 'notFound', message: '' });

/** Runs a change and, on success, puts main's answer in the cache for the open agreement as of today. */
async function change<C extends AgreementChannel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<Agreement>> {
  const result = (await runApi(channel, input)) as Envelope<Agreement>;
  if (result.ok)
    queryClient.setQueryData(apiQueryKey('agreements:get', { id: result.value.id }), result.value);
  return result;
}

function actionsFor(a: Agreement | null) {
  const id = a?.id ?? 0;
  const version = a?.version ?? 0;
  const open = <T>(run: () => Promise<Envelope<T>>): Promise<Envelope<T>> =>
    a ? run() : Promise.resolve(noAgreement);
  return {
    save: (data: AgreementData) => open(() => change('agreements:update', { id, version, data })),
    transition: (request: TransitionRequest) =>
      open(() => change('agreements:transition', { id, version, request })),
    recordDecision: (decision: ChannelInput<'agreements:recordDecision'>['decision']) =>
      open(() => change('agreements:recordDecision', { id, version, decision })),
    recordSignature: (signature: ChannelInput<'agreements:recordSignature'>['signature']) =>
      open(() => change('agreements:recordSignature', { id, version, signature })),
    recordPayment: (input: Omit<ChannelInput<'agreements:recordPayment'>, 'agreementId'>) =>
      open(() => change('agreements:recordPayment', { ...input, agreementId: id })),
    removePayment: (paymentId: number) =>
      open(() => change('agreements:removePayment', { agreementId: id, paymentId })),
    recordFundsConfirmation: (
      input: Omit<ChannelInput<'agreements:recordFundsConfirmation'>, 'agreementId'>,
    ) => open(() => change('agreements:recordFundsConfirmation', { ...input, agreementId: id })),
    removeFundsConfirmation: (year: number) =>
      open(() => change('agreements:removeFundsConfirmation', { agreementId: id, year })),
    recordMeeting: (input: Omit<ChannelInput<'agreements:recordMeeting'>, 'agreementId'>) =>
      open(() => change('agreements:recordMeeting', { ...input, agreementId: id })),
    removeMeeting: (meetingId: number) =>
      open(() => change('agreements:removeMeeting', { agreementId: id, meetingId })),
    setCompleted: (itemKey: string, done: boolean) =>
      open(() => change('agreements:setCompleted', { agreementId: id, itemKey, done })),
    saveAmendment: (input: AmendmentChange<'agreements:saveAmendment'>) =>
      open(() => change('agreements:saveAmendment', { ...input, id, version })),
    deleteAmendment: (amendmentId: number) =>
      open(() => change('agreements:deleteAmendment', { id, version, amendmentId })),
    transitionAmendment: (input: AmendmentChange<'agreements:transitionAmendment'>) =>
      open(() => change('agreements:transitionAmendment', { ...input, id, version })),
    signAmendment: (input: AmendmentChange<'agreements:signAmendment'>) =>
      open(() => change('agreements:signAmendment', { ...input, id, version })),
    giveNotice: (notice: ChannelInput<'agreements:giveNotice'>['notice']) =>
      open(() => change('agreements:giveNotice', { id, version, notice, confirmed: true })),
    withdrawNotice: (input: AmendmentChange<'agreements:withdrawNotice'>) =>
      open(() => change('agreements:withdrawNotice', { ...input, id, version })),
    recordExtensionDecision: (input: AmendmentChange<'agreements:recordExtensionDecision'>) =>
      open(() => change('agreements:recordExtensionDecision', { ...input, id, version })),
    generateDocument: (document: DocumentKind, format: DocumentFormat, folder: string) =>
      open(() => runApi('agreements:generateDocument', { id, document, format, folder })),
    deleteDraft: () => open(() => runApi('agreements:deleteDraft', { id, version, confirmed: true })),
    /** Shows the open agreement as in force on `date` (null: back to today). */
    async viewAsOf(date: string | null): Promise<Envelope<Agreement>> {
      if (!a) return noAgreement;
      const input = agreementInput(id, date);
      try {
        const shown = await queryClient.fetchQuery({
          queryKey: apiQueryKey('agreements:get', input),
          queryFn: () => fetchApi('agreements:get', input),
        });
        useAgreementView.getState().setAsOf(date);
        return ok(shown);
      } catch (error) {
        return fail(appErrorOf(error) ?? { code: 'internal', message: '' });
      }
    },
  };
}

export type AgreementActions = ReturnType<typeof actionsFor>;

/** The actions on the open agreement (the route's), bound to the version on screen. */
export function useAgreementActions(): AgreementActions & { reload(): Promise<unknown> } {
  const { agreement, refetch } = useOpenAgreement();
  return useMemo(() => ({ ...actionsFor(agreement), reload: refetch }), [agreement, refetch]);
}
