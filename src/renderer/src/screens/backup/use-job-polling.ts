// While a screen that shows the backup job is mounted and the job runs, asks
// main for its progress about twice a second. The next question is sent only
// after the previous answer, so a slow answer never piles up calls; polling
// stops when the job ends or the screen goes away (the job itself goes on).
import { useEffect } from 'react';
import { useBackupJobStore } from '../../stores/backup-job-store';

export const pollIntervalMs = 500;

export function useJobPolling(): void {
  const runningId = useBackupJobStore((s) => (s.job?.state === 'running' ? s.job.id : null));
  const refresh = useBackupJobStore((s) => s.refresh);

  useEffect(() => {
    if (!runningId) return;
    let active = true;
    let timer: number | undefined;
    const tick = async () => {
      await refresh();
      if (active) timer = window.setTimeout(() => void tick(), pollIntervalMs);
    };
    // The first answer comes quickly, so a short job does not sit at "Startar".
    timer = window.setTimeout(() => void tick(), 150);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [runningId, refresh]);
}
