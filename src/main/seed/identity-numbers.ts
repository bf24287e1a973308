// Identity numbers for synthetic children. Never real people's numbers:
//
// - Fixtures use Skatteverket's published test numbers (testpersonnummer),
//   e.g. 19121212-1212 and 20051016-2381.
// - The seeder needs far more than the published list holds, so it computes
//   valid check digits for invented birth dates with birth numbers (the three
//   digits after the date) in the series 980–999 only. That is the tail of
//   each day's 001–999 series, the part Skatteverket's own published test
//   numbers use (e.g. 19030124-9801, and its documentation example
//   811218-9876), and which ordinary allocation at birth reaches last.
//   CAVEAT: whether Skatteverket reserves 980–999 for every date could not be
//   verified offline; seeded data must stay in throwaway demo and benchmark
//   data directories, never be imported into a production installation.
// - When a date's 20 numbers run out, a nearby date is used, the way
//   Skatteverket itself moves to a nearby date when a day is full.
import {
  composeIdentityNumber,
  type IdentityNumberKind,
} from '../../shared/identity/personal-identity-number';

export const testSerialFirst = 980;

export interface AllocatedNumber {
  value: string;
  birthDate: string;
}

const dayMs = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
const dateOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
const fullDay = (1 << 20) - 1;

export class TestNumberAllocator {
  /** Per kind: day number → bit mask of used birth numbers (bit i = 980 + i). */
  private readonly used: Record<IdentityNumberKind, Map<number, number>> = {
    personnummer: new Map(),
    samordningsnummer: new Map(),
  };

  /**
   * A fresh number for (about) this birth date: even birth numbers for girls
   * and odd for boys, as Skatteverket does, within two months of the date;
   * further away any free number, up to three years off. Null when none is
   * left (at the largest scales): the child is then registered without one.
   */
  allocate(birthDate: string, kind: IdentityNumberKind, odd: boolean | null): AllocatedNumber | null {
    const parityWindow = 60;
    const widestWindow = 3 * 365;
    const wanted = dayNumber(birthDate);
    for (let distance = 0; distance <= widestWindow; distance++) {
      for (const day of distance === 0 ? [wanted] : [wanted + distance, wanted - distance]) {
        const found = this.take(kind, day, distance <= parityWindow ? odd : null);
        if (found) return found;
      }
    }
    return null;
  }

  private take(kind: IdentityNumberKind, day: number, odd: boolean | null): AllocatedNumber | null {
    const days = this.used[kind];
    const taken = days.get(day) ?? 0;
    if (taken === fullDay) return null;
    for (let i = 0; i < 20; i++) {
      const serial = testSerialFirst + i;
      if (taken & (1 << i)) continue;
      if (odd !== null && serial % 2 === (odd ? 0 : 1)) continue;
      days.set(day, taken | (1 << i));
      const date = dateOf(day);
      return { value: composeIdentityNumber(date, serial, kind), birthDate: date };
    }
    return null;
  }

  /** Marks numbers already in the database as used. */
  reserve(values: Iterable<string>): void {
    for (const value of values) {
      const serial = Number(value.slice(9, 12));
      if (serial < testSerialFirst) continue;
      const rawDay = Number(value.slice(6, 8));
      const kind: IdentityNumberKind = rawDay > 60 ? 'samordningsnummer' : 'personnummer';
      const date = `${value.slice(0, 4)}-${value.slice(4, 6)}-${String(rawDay > 60 ? rawDay - 60 : rawDay).padStart(2, '0')}`;
      const day = dayNumber(date);
      const days = this.used[kind];
      days.set(day, (days.get(day) ?? 0) | (1 << (serial - testSerialFirst)));
    }
  }
}
