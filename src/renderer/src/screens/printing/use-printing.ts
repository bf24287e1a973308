// Every server call of the print buttons: choose a folder (the operating
// system's dialog in main), print there, masked or with the protected details
// revealed, and record that the notice to social services was handed over.
import { useState } from 'react';
import type { AppError, Envelope } from '../../../../shared/envelope';
import type { DocumentFormat } from '../../../../shared/ipc/agreements';
import type { PrintResult, PrintTarget } from '../../../../shared/ipc/printing';
import type { Enrolment } from '../../../../shared/ipc/support-groups';
import { runApi } from '../../data/use-api-mutation';

export interface Printed {
  /** Which button printed it: `<item>-<format>`. */
  key: string;
  target: PrintTarget;
  format: DocumentFormat;
  result: PrintResult;
}

export function usePrinting() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [printed, setPrinted] = useState<Printed[]>([]);

  /** Asks for a folder and prints into it; resolves with what was saved (null: cancelled or refused). */
  async function print(
    key: string,
    target: PrintTarget,
    format: DocumentFormat,
    revealed = false,
  ): Promise<Printed | null> {
    setError(null);
    setBusy(key);
    const chosen = await runApi('files:chooseFolder', { purpose: 'documentFolder' });
    if (!chosen.ok || chosen.value.path === null) {
      setBusy(null);
      if (!chosen.ok) setError(chosen.error);
      return null;
    }
    const input = { target, format, folder: chosen.value.path };
    const result = revealed
      ? await runApi('printing:printRevealed', input)
      : await runApi('printing:print', input);
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    const entry = { key, target, format, result: result.value };
    setPrinted((list) => [entry, ...list]);
    return entry;
  }

  return { busy, error, printed, print };
}

export const recordNoticeHandedOver = (
  enrolmentId: number,
  handedOverOn: string,
): Promise<Envelope<Enrolment>> => runApi('printing:noticeHandedOver', { enrolmentId, handedOverOn });
