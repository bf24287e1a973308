// How the templates write their commitments: each with a kind and, where
// DOMAIN.md gives a number, its target; keys c1, c2, … in list order.
import type { Commitment, CommitmentTarget } from '../commitments/commitment';

type Drafted = Omit<Commitment, 'key' | 'appendixIndex' | 'dueDate' | 'target'> &
  Partial<Pick<Commitment, 'appendixIndex' | 'target'>>;

export const ongoing = (organisationId: number, text: string, appendixIndex: number | null = null): Drafted => ({
  organisationId,
  text,
  kind: 'ongoing',
  appendixIndex,
});

export const recurring = (organisationId: number, text: string, target: CommitmentTarget): Drafted => ({
  organisationId,
  text,
  kind: 'recurring',
  target,
});

export const keyed = (list: readonly Drafted[]): Commitment[] =>
  list.map((c, i) => ({
    key: `c${i + 1}`,
    organisationId: c.organisationId,
    appendixIndex: c.appendixIndex ?? null,
    text: c.text,
    kind: c.kind,
    target: c.target ?? null,
    dueDate: null,
  }));
