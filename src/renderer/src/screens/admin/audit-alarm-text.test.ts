import { describe, expect, it } from 'vitest';
import type { IntegrityAlert } from '../../../../shared/ipc/audit';
import { localDateTime } from '../../format/dates';
import { translator } from '../../i18n/translate';
import { alarmCodes, describeAlarm } from './audit-alarm-text';

const sv = translator('sv');
const en = translator('en');
const alarm = (kind: IntegrityAlert['kind'], details: string): IntegrityAlert => ({
  id: 7,
  at: '2026-03-02T11:00:00.000Z',
  kind,
  details,
});
const ends = '2026-03-02T09:00:00.000Z';
const head = '2026-03-02T10:00:00.000Z';

describe('alarm codes', () => {
  it('reads key=value pairs and bare words', () => {
    expect([...alarmCodes('missing=3-9;chainEnds=x;head=')]).toEqual([
      ['missing', '3-9'],
      ['chainEnds', 'x'],
      ['head', ''],
    ]);
    expect([...alarmCodes('headForged')]).toEqual([['headForged', '']]);
  });
});

describe('an alarm in plain Swedish', () => {
  it('missing entries: which, since when, up to when, and the likely cause', () => {
    const text = describeAlarm(alarm('headMismatch', `missing=3-9;chainEnds=${ends};head=${head}`), sv);
    expect(text.title).toBe('Loggposter saknas');
    expect(text.sentences).toEqual([
      'Loggposterna nummer 3–9 (7 poster) finns inte längre i databasen.',
      `Loggen slutar nu ${localDateTime(ends)}. Det som gjordes i appen efter det kan saknas, både i loggen och bland uppgifterna.`,
      `De saknade posterna skrevs fram till ${localDateTime(head)}.`,
      'Troligen har en äldre kopia av databasfilen lagts tillbaka, eller så har databasens loggfil (-wal) tagits bort efter ett avbrott.',
    ]);
    expect(text.pointsToRestore).toBe(false);
  });

  it('one missing entry is singular; an emptied log says so', () => {
    const text = describeAlarm(alarm('headMismatch', 'missing=3-3;chainEnds=;head='), sv);
    expect(text.sentences).toEqual([
      'Loggpost nummer 3 finns inte längre i databasen.',
      'Loggen är nu tom. Allt som gjorts i appen kan saknas.',
      'Troligen har en äldre kopia av databasfilen lagts tillbaka, eller så har databasens loggfil (-wal) tagits bort efter ett avbrott.',
    ]);
  });

  it('rewritten, deleted, a forged or removed head', () => {
    expect(describeAlarm(alarm('headMismatch', `rewritten=12;head=${head}`), sv).sentences[0]).toBe(
      'Loggpost nummer 12 är inte längre den post som fanns där förut. Loggen och uppgifterna kan ha bytts ut mot en annan version.',
    );
    expect(describeAlarm(alarm('headMismatch', 'deleted=1;upTo=12;head='), sv).sentences).toEqual([
      '1 loggpost före post nummer 12 har tagits bort.',
    ]);
    expect(describeAlarm(alarm('headMismatch', 'deleted=4;upTo=12;head='), sv).sentences).toEqual([
      '4 loggposter före post nummer 12 har tagits bort.',
    ]);
    expect(describeAlarm(alarm('headMismatch', 'headForged'), sv).title).toBe('Loggens kontrollpunkt har ändrats');
    expect(describeAlarm(alarm('headMismatch', 'headRemoved'), sv).title).toBe('Loggens kontrollpunkt saknas');
    expect(describeAlarm(alarm('headMismatch', 'somethingNew=1'), sv)).toMatchObject({
      title: 'Okänt säkerhetslarm',
      sentences: ['Larmets kod: somethingNew=1.'],
    });
  });

  it('the locked queue: gaps, numbers going backwards, refused entries', () => {
    expect(describeAlarm(alarm('lockedQueue', 'accepted=2;refused=0;gaps=5'), sv).sentences.slice(1)).toEqual([
      'Händelse nummer 5 saknas.',
    ]);
    expect(
      describeAlarm(alarm('lockedQueue', 'accepted=2;refused=3;gaps=5-7,9;backwards=1'), sv).sentences.slice(1),
    ).toEqual([
      'Händelserna nummer 5–7, 9 saknas.',
      '1 händelse har ett nummer som går bakåt: kön har tömts eller återställts.',
      '3 händelser såg inte äkta ut och fördes inte in i loggen.',
    ]);
  });

  it('a damaged database file points to restore from a backup', () => {
    const text = describeAlarm(alarm('databaseCheck', 'quick_check;problems=2'), sv);
    expect(text.title).toBe('Databasfilen är skadad');
    expect(text.sentences[0]).toBe('Kontrollen av databasfilen hittade 2 fel.');
    expect(text.sentences[1]).toContain('Administration → Säkerhetskopior → Återställ');
    expect(text.pointsToRestore).toBe(true);
  });

  it('English from the second catalogue, plurals included', () => {
    expect(describeAlarm(alarm('databaseCheck', 'quick_check;problems=1'), en).sentences[0]).toBe(
      'The check of the database file found 1 problem.',
    );
    expect(describeAlarm(alarm('headMismatch', 'missing=3-4;chainEnds=;head='), en).sentences[0]).toBe(
      'Log entries number 3–4 (2 entries) are no longer in the database.',
    );
  });
});
