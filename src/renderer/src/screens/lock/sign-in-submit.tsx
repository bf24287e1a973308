import { Button } from '@mantine/core';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import type { useSignInErrors } from './use-sign-in-errors';

interface Props {
  attempt: Pick<ReturnType<typeof useSignInErrors>, 'error' | 'errorAt' | 'throttledFor'>;
  busy: boolean;
  /** The title of the refusal shown above the button. */
  failedTitle: string;
  label: string;
}

/** The end of a lock-screen form: the last refusal, the submit button (held while throttled), and the unlocking status. */
export function SignInSubmit({ attempt, busy, failedTitle, label }: Props) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={attempt.error} receivedAt={attempt.errorAt} title={failedTitle} />
      <Button type="submit" loading={busy} disabled={attempt.throttledFor > 0} fullWidth>
        {label}
      </Button>
      <BusyStatus busy={busy} label={t('lock.unlocking')} />
    </>
  );
}
