// The seeded children by birth year, so a group draws children whose age at
// its start falls in the programme's range.
import type { SeedChild } from './seed-children';
import type { SeedRandom } from './seed-random';

export class ChildPool {
  private readonly byYear = new Map<number, SeedChild[]>();

  constructor(children: readonly SeedChild[]) {
    for (const c of children) {
      const list = this.byYear.get(c.birthYear) ?? [];
      list.push(c);
      this.byYear.set(c.birthYear, list);
    }
  }

  pick(random: SeedRandom, startDate: string, ageMin: number, ageMax: number): SeedChild | null {
    const year = Number(startDate.slice(0, 4));
    for (let attempt = 0; attempt < 6; attempt++) {
      const age = ageMin + random.int(ageMax - ageMin + 1);
      const list = this.byYear.get(year - age);
      if (list && list.length > 0) return list[random.int(list.length)]!;
    }
    return null;
  }
}
