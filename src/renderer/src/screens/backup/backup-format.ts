// How backups read on screen: sizes in MB with the language's decimals, the
// kind of a backup file, and a job's progress as a step, a phase and a percent.
import type { Language } from '../../../../shared/i18n/messages';
import type { BackupFile, BackupJob, BackupJobPhase } from '../../../../shared/ipc/backup';
import type { Translate, UiKey } from '../../i18n/translate';

const mebibyte = 1024 * 1024;

/** `12,3 MB` in Swedish, `12.3 MB` in English (MB as file managers count them, 1024 × 1024 bytes). */
export function formatSize(bytes: number, language: Language): string {
  const format = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const megabytes = bytes / mebibyte;
  // A non-empty file never reads as "0,0 MB".
  if (bytes > 0 && megabytes < 0.05) return `< ${format.format(0.1)}\u00a0MB`;
  return `${format.format(megabytes)}\u00a0MB`;
}

export const fileKindLabel: Record<BackupFile['kind'], UiKey> = {
  manual: 'backups.kind.manual',
  scheduled: 'backups.kind.scheduled',
  safety: 'backups.kind.safety',
  other: 'backups.kind.other',
};

/** The phases each kind of job passes through, in order (the bar restarts in each). */
export const jobSteps: Record<BackupJob['kind'], readonly BackupJobPhase[]> = {
  create: ['snapshot', 'writing'],
  verify: ['preparing', 'reading', 'checking'],
  restore: ['preparing', 'reading', 'checking', 'safetyBackup', 'swapping'],
  freshRestore: ['preparing', 'reading', 'checking', 'swapping'],
};

/** Progress within the current phase, 0–100, or null when main cannot tell (an indeterminate bar). */
export function percentOf(job: Pick<BackupJob, 'done' | 'total'>): number | null {
  if (job.total <= 0) return null;
  return Math.min(100, Math.max(0, Math.floor((job.done / job.total) * 100)));
}

/** "Steg 2 av 3" for the job's phase; null before the first step (queued) and after the last. */
export function stepOf(job: Pick<BackupJob, 'kind' | 'phase'>): { step: number; steps: number } | null {
  const steps = jobSteps[job.kind];
  const index = steps.indexOf(job.phase);
  return index < 0 ? null : { step: index + 1, steps: steps.length };
}

/** `Steg 3 av 3: Krypterar och skriver filen … 45 %` */
export function progressText(
  job: Pick<BackupJob, 'kind' | 'phase' | 'done' | 'total'>,
  t: Translate,
): string {
  const phase = t(`backups.phase.${job.phase}`);
  const percent = percentOf(job);
  const step = stepOf(job);
  const text = percent === null ? `${phase} …` : `${phase} … ${percent}\u00a0%`;
  return step ? t('backups.stepOf', { step: step.step, steps: step.steps, text }) : text;
}

/** The folder part of a path written by Windows, macOS or Linux. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** The file name part of a path. */
export function fileNameOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}
