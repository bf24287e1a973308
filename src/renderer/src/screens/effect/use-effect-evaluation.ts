// Every server call of the effect-evaluation screens, in one place, so the
// query layer can take them over in one step. Each hook loads on mount and
// when its inputs change; `reload` asks again after a change.
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Envelope } from '../../../../shared/envelope';
import type {
  AnswerInput,
  EffectResults,
  GroupAnswers,
  Instrument,
  InstrumentInput,
  ProgrammeInstruments,
} from '../../../../shared/ipc/effect-evaluation';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import type { Programme } from '../../../../shared/ipc/support-groups';
import type { ReportAgreement } from '../../../../shared/ipc/reports';
import { runApi } from '../../data/use-api-mutation';

interface Loaded<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

function useLoad<T>(load: (() => Promise<Envelope<T>>) | null, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: AppError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: load !== null,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!load) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    void load().then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { data: result.value, error: null, loading: false }
          : { data: null, error: result.error, loading: false },
      );
    });
    return () => {
      current = false;
    };
    // The caller's inputs are the dependencies (the loader is a new function each render).
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

export const useEffectResults = (year: number, agreementId: number | null) =>
  useLoad<EffectResults>(() => runApi('effect:results', { year, agreementId }), [year, agreementId]);

export const useInstruments = () => useLoad<Instrument[]>(() => runApi('effect:instruments', {}), []);

export const useReportAgreements = () =>
  useLoad<ReportAgreement[]>(() => runApi('reports:agreements', {}), []);

export const useOrganisations = () =>
  useLoad<OrganisationSummary[]>(() => runApi('organisations:list', { kinds: ['nonprofit'] }), []);

export const useProgrammes = () =>
  useLoad<Programme[]>(() => runApi('programmes:list', { agreementId: null }), []);

export const useProgrammeInstruments = (programmeId: number | null) =>
  useLoad<ProgrammeInstruments>(
    programmeId === null ? null : () => runApi('effect:programmeInstruments', { programmeId }),
    [programmeId],
  );

export const useGroupAnswers = (groupId: number) =>
  useLoad<GroupAnswers>(() => runApi('effect:groupAnswers', { groupId }), [groupId]);

export const createInstrument = (input: InstrumentInput) => runApi('effect:createInstrument', input);

export const setProgrammeInstruments = (
  programmeId: number,
  instruments: { instrumentId: number; followUpMonths: number | null }[],
) => runApi('effect:setProgrammeInstruments', { programmeId, instruments });

export const recordAnswer = (input: AnswerInput) => runApi('effect:recordAnswer', input);
