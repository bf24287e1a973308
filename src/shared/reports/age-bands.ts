// The age bands reports count children in (at the start of their group).
// Ages outside every band (a younger sibling, an older young adult) and
// unknown ages get their own rows, so the bands still add up to the total.

export const ageBands = ['6-9', '10-12', '13-15', '16-18', '19-24', 'other', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

const bounds: readonly [AgeBand, number, number][] = [
  ['6-9', 6, 9],
  ['10-12', 10, 12],
  ['13-15', 13, 15],
  ['16-18', 16, 18],
  ['19-24', 19, 24],
];

export function ageBand(age: number | null): AgeBand {
  if (age === null) return 'unknown';
  return bounds.find(([, min, max]) => age >= min && age <= max)?.[0] ?? 'other';
}

/** @public Kept for age bands entered by hand (issue 11). */
export const isAgeBand = (text: string): text is AgeBand => (ageBands as readonly string[]).includes(text);
