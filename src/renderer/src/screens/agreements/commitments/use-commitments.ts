// Every server call of the agreement's Åtaganden tab, in one place (to move to
// the query cache as one unit): the statuses this period, the tick-offs
// (for the roles that see them), recording a tick-off and removing one
// recorded by mistake, after which both reload.
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Envelope } from '../../../../../shared/envelope';
import type { CommitmentFollowUp, TickOff } from '../../../../../shared/ipc/agreements/commitments';
import { runApi } from '../../../data/use-api-mutation';

export interface TickOffInput {
  commitmentKey: string;
  doneOn: string;
  whatDone: string;
  note: string;
}

export function useCommitments(agreementId: number, version: number, canSeeTickOffs: boolean) {
  const [statuses, setStatuses] = useState<CommitmentFollowUp[] | null>(null);
  const [tickOffs, setTickOffs] = useState<TickOff[]>([]);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(async () => {
    const [s, ticks] = await Promise.all([
      runApi('agreements:commitmentStatuses', { agreementId }),
      canSeeTickOffs ? runApi('agreements:tickOffs', { agreementId }) : Promise.resolve(null),
    ]);
    if (!s.ok) return setError(s.error);
    setStatuses(s.value);
    if (ticks && ticks.ok) setTickOffs(ticks.value);
    setError(ticks && !ticks.ok ? ticks.error : null);
  }, [agreementId, canSeeTickOffs]);

  useEffect(() => {
    void load();
    // The agreement's version: an amendment or save may change the commitments.
  }, [load, version]);

  const recordTickOff = useCallback(
    async (input: TickOffInput): Promise<Envelope<TickOff[]>> => {
      const result = await runApi('agreements:recordTickOff', { ...input, agreementId });
      if (result.ok) await load();
      return result;
    },
    [agreementId, load],
  );

  const removeTickOff = useCallback(
    async (tickOffId: number, reason: string): Promise<Envelope<TickOff[]>> => {
      const result = await runApi('agreements:removeTickOff', { agreementId, tickOffId, reason, confirmed: true });
      if (result.ok) await load();
      return result;
    },
    [agreementId, load],
  );

  return { statuses, tickOffs, error, recordTickOff, removeTickOff };
}
