// English UI texts of the integrity alarms and the printed audit head; the same keys as audit-alarms-sv.ts.
import type { auditAlarmsSv } from './audit-alarms-sv';

export const auditAlarmsEn: Record<keyof typeof auditAlarmsSv, string> = {
  'alarms.region': 'Security alarms',
  'alarms.adminTitleOne': 'The log check has found a security alarm',
  'alarms.adminTitleMany': 'The log check has found {count} security alarms',
  'alarms.adminIntro':
    'The alarms stay on every screen until an administrator has seen them. Change nothing in the app until it is clear what happened.',
  'alarms.detectedAt': 'Detected {time}.',
  'alarms.acknowledge': 'I have seen the alarms',
  'alarms.openAudit': 'Open Log review',
  'alarms.openBackups': 'Go to Backups',
  'alarms.confirmTitle': 'Have you seen the alarms?',
  'alarms.confirmText':
    'When you confirm, the alarms disappear from every screen, for every user. They stay in the log, and that you have seen them is logged with your name.',
  'alarms.confirm': 'Yes, I have seen the alarms',
  'alarms.acknowledged': 'The alarms are marked as seen.',
  'alarms.userNotice': 'There are security alarms the administrator needs to see. Contact the administrator.',

  'channel.audit:headMismatch': 'Alarm: the log does not match its checkpoint',
  'channel.audit:lockedQueue': 'Alarm: events from the locked state are missing',
  'channel.audit:databaseCheck': 'Alarm: the database file is damaged',
  'channel.audit:acknowledgeAlerts': 'Alarms marked as seen',
  'channel.audit:head': 'Print audit head',

  'alarms.missing.title': 'Log entries are missing',
  'alarms.missing.entriesOne': 'Log entry number {from} is no longer in the database.',
  'alarms.missing.entriesMany':
    'Log entries number {from}–{to} ({count} entries) are no longer in the database.',
  'alarms.missing.since':
    'The log now ends at {time}. What was done in the app after that may be missing, both from the log and from the data.',
  'alarms.missing.empty': 'The log is now empty. Everything done in the app may be missing.',
  'alarms.missing.upTo': 'The missing entries were written up to {time}.',
  'alarms.missing.cause':
    "Most likely an older copy of the database file was put back, or the database's log file (-wal) was deleted after a crash.",
  'alarms.rewritten.title': 'The log has been rewritten',
  'alarms.rewritten.text':
    'Log entry number {id} is no longer the entry that was there before. The log and the data may have been replaced with another version.',
  'alarms.rewritten.headAt': 'The original entry was written {time}.',
  'alarms.deleted.title': 'Log entries have been removed',
  'alarms.deleted.textOne': '1 log entry before entry number {id} has been removed.',
  'alarms.deleted.textMany': '{count} log entries before entry number {id} have been removed.',
  'alarms.headForged.title': "The log's checkpoint has been changed",
  'alarms.headForged.text':
    "The checkpoint the app keeps for the log (in the file keyring.json) was changed by someone without the app's key. It may be an attempt to hide that the log was shortened.",
  'alarms.headRemoved.title': "The log's checkpoint is missing",
  'alarms.headRemoved.text':
    'The checkpoint the app keeps for the log was removed from the file keyring.json. It may be an attempt to hide that the log was shortened.',
  'alarms.unknown.title': 'Unknown security alarm',
  'alarms.unknown.text': "The alarm's code: {details}.",
  'alarms.lockedQueue.title': 'Events from the locked state are missing',
  'alarms.lockedQueue.what':
    'Failed sign-ins and locks while the app is locked wait in a queue and go into the log at the next unlock. The queue was changed while the app was locked.',
  'alarms.lockedQueue.gapOne': 'Event number {numbers} is missing.',
  'alarms.lockedQueue.gapMany': 'Events number {numbers} are missing.',
  'alarms.lockedQueue.backwardsOne':
    '1 event has a number that goes backwards: the queue was emptied or reset.',
  'alarms.lockedQueue.backwardsMany':
    '{count} events have numbers that go backwards: the queue was emptied or reset.',
  'alarms.lockedQueue.refusedOne': '1 event did not look genuine and was not put into the log.',
  'alarms.lockedQueue.refusedMany': '{count} events did not look genuine and were not put into the log.',
  'alarms.databaseCheck.title': 'The database file is damaged',
  'alarms.databaseCheck.problemsOne': 'The check of the database file found 1 problem.',
  'alarms.databaseCheck.problemsMany': 'The check of the database file found {count} problems.',
  'alarms.databaseCheck.damaged': 'The check of the database file found problems.',
  'alarms.databaseCheck.restore':
    'Restore the latest backup before any more work is done: Administration → Backups → Restore. What was saved after the backup needs to be entered again.',

  'auditHead.heading': 'Audit head',
  'auditHead.intro':
    "The audit head names the log's newest entry, the number of entries and a checksum. Print it, or save it in a file kept outside the computer (for example in the records system). If the log is later shortened or replaced, comparing with the printout shows it.",
  'auditHead.show': 'Print audit head',
  'auditHead.label': 'Audit head to print',
  'auditHead.copied': 'The audit head is copied. Paste it into a file kept outside the computer.',
  'auditHead.copyFailed': 'Copying did not work. Select the text and copy it yourself, or print it.',
  'auditHead.compareLabel': 'Compare with a printed audit head',
  'auditHead.compareHint': 'Paste the whole printout or the line starting with IOPDESK-LOGGHUVUD.',
  'auditHead.compare': 'Compare',
  'auditHead.comparing': 'Comparing the log with the audit head…',
  'auditHead.empty': 'Paste the audit head first.',
  'auditHead.okTitle': 'The log matches the printed audit head',
  'auditHead.okText':
    'Entry number {id} from {time} is still there unchanged, and {count|the # entry up to it is|all # entries up to it are} still there. The log has not gone back since the printout.',
  'auditHead.missingTitle': 'Log entries are missing since the printout',
  'auditHead.missingOne':
    'Log entry number {from} existed when the audit head was printed ({time}) but is gone.',
  'auditHead.missingMany':
    'Log entries number {from}–{to} ({count} entries) existed when the audit head was printed ({time}) but are gone.',
  'auditHead.rewrittenTitle': 'The log has been rewritten since the printout',
  'auditHead.rewrittenText':
    'Log entry number {id} is not the same entry as when the audit head was printed ({time}). The log and the data may have been replaced with another version.',
  'auditHead.deletedTitle': 'Log entries have been removed since the printout',
  'auditHead.deletedText':
    'Log entry number {id} is still there, but entries before it were removed: the printout shows {count|# entry|# entries} up to it.',
  'auditHead.unknownTime': 'unknown time',
  'auditHead.chainBad': 'The log has also been changed inside. First bad entry: {id}.',
  'audit.exportedWithHead':
    'The log was exported as {filename} and the audit head as {headFilename}. Keep the files together.',
};
