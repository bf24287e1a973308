// Plain-language sentences for the integrity alarms main keeps as short codes
// (audit/integrity-alerts.ts): what happened, what is missing, since when, and
// what to do. Pure, so it is tested without React.
import type { IntegrityAlert } from '../../../../shared/ipc/audit';
import { localDateTime } from '../../format/dates';
import type { Translate, UiKey } from '../../i18n/translate';

export interface AlarmText {
  title: string;
  sentences: string[];
  /** A damaged database file: the way out is a restore from a backup. */
  pointsToRestore: boolean;
}

/** "missing=3-9;chainEnds=…" → { missing: '3-9', chainEnds: '…' }; a bare word (headForged) maps to ''. */
export function alarmCodes(details: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const part of details.split(';')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    if (at === -1) codes.set(part, '');
    else codes.set(part.slice(0, at), part.slice(at + 1));
  }
  return codes;
}

const count = (t: Translate, n: number, one: UiKey, many: UiKey, params: Record<string, string | number> = {}) =>
  t(n === 1 ? one : many, { ...params, count: n });

/** An ISO time as the app shows times; '' or junk stays unknown. */
function when(iso: string | undefined): string | null {
  if (!iso || Number.isNaN(Date.parse(iso))) return null;
  return localDateTime(iso);
}

const range = (value: string) => value.replace('-', '–');

export function describeAlarm(alert: IntegrityAlert, t: Translate): AlarmText {
  const codes = alarmCodes(alert.details);
  const sentences: string[] = [];
  let title: string;
  let pointsToRestore = false;

  if (alert.kind === 'headMismatch') {
    const missing = codes.get('missing');
    const rewritten = codes.get('rewritten');
    const deleted = codes.get('deleted');
    const headAt = when(codes.get('head'));
    if (missing !== undefined) {
      title = t('alarms.missing.title');
      const [from, to] = missing.split('-').map(Number);
      const n = from !== undefined && to !== undefined && to >= from ? to - from + 1 : 0;
      sentences.push(count(t, n, 'alarms.missing.entriesOne', 'alarms.missing.entriesMany', { from: from ?? '?', to: to ?? '?' }));
      const chainEnds = when(codes.get('chainEnds'));
      sentences.push(chainEnds ? t('alarms.missing.since', { time: chainEnds }) : t('alarms.missing.empty'));
      if (headAt) sentences.push(t('alarms.missing.upTo', { time: headAt }));
      sentences.push(t('alarms.missing.cause'));
    } else if (rewritten !== undefined) {
      title = t('alarms.rewritten.title');
      sentences.push(t('alarms.rewritten.text', { id: rewritten }));
      if (headAt) sentences.push(t('alarms.rewritten.headAt', { time: headAt }));
    } else if (deleted !== undefined) {
      title = t('alarms.deleted.title');
      sentences.push(count(t, Number(deleted), 'alarms.deleted.textOne', 'alarms.deleted.textMany', { id: codes.get('upTo') ?? '?' }));
    } else if (codes.has('headForged')) {
      title = t('alarms.headForged.title');
      sentences.push(t('alarms.headForged.text'));
    } else if (codes.has('headRemoved')) {
      title = t('alarms.headRemoved.title');
      sentences.push(t('alarms.headRemoved.text'));
    } else {
      title = t('alarms.unknown.title');
      sentences.push(t('alarms.unknown.text', { details: alert.details }));
    }
  } else if (alert.kind === 'lockedQueue') {
    title = t('alarms.lockedQueue.title');
    sentences.push(t('alarms.lockedQueue.what'));
    const gaps = codes.get('gaps');
    if (gaps) {
      const list = gaps.split(',').map(range);
      const single = list.length === 1 && !list[0]!.includes('–');
      sentences.push(t(single ? 'alarms.lockedQueue.gapOne' : 'alarms.lockedQueue.gapMany', { numbers: list.join(', ') }));
    }
    const backwards = Number(codes.get('backwards') ?? 0);
    if (backwards > 0) sentences.push(count(t, backwards, 'alarms.lockedQueue.backwardsOne', 'alarms.lockedQueue.backwardsMany'));
    const refused = Number(codes.get('refused') ?? 0);
    if (refused > 0) sentences.push(count(t, refused, 'alarms.lockedQueue.refusedOne', 'alarms.lockedQueue.refusedMany'));
  } else {
    title = t('alarms.databaseCheck.title');
    const problems = Number(codes.get('problems') ?? 0);
    sentences.push(
      problems > 0
        ? count(t, problems, 'alarms.databaseCheck.problemsOne', 'alarms.databaseCheck.problemsMany')
        : t('alarms.databaseCheck.damaged'),
    );
    sentences.push(t('alarms.databaseCheck.restore'));
    pointsToRestore = true;
  }
  return { title, sentences, pointsToRestore };
}
