// Rules across a commitment's fields (the schema checks each on its own):
// a recurring commitment needs a target and only it has one, a one-off one
// needs a due date, keys are unique, an appendix must be in the list and
// belong to the commitment's party (or to nobody in particular).
import type { Appendix } from '../model';
import type { Commitment } from './commitment';

export function commitmentProblems(
  commitments: readonly Commitment[],
  appendices: readonly Appendix[],
  add: (path: string, key: string) => void,
): void {
  const keys = new Set<string>();
  commitments.forEach((c, i) => {
    const at = `commitments.${i}`;
    if (keys.has(c.key)) add(`${at}.key`, 'agreements.duplicateKey');
    keys.add(c.key);
    if (c.kind === 'recurring' && c.target === null) add(`${at}.target.count`, 'commitments.targetRequired');
    if (c.kind !== 'recurring' && c.target !== null) add(`${at}.target`, 'commitments.targetOnlyRecurring');
    if (c.kind === 'oneOff' && c.dueDate === null) add(`${at}.dueDate`, 'commitments.dueDateRequired');
    if (c.kind !== 'oneOff' && c.dueDate !== null) add(`${at}.dueDate`, 'commitments.dueDateOnlyOneOff');
    if (c.target && c.target.comparison !== 'about' && c.target.tolerancePercent !== 0)
      add(`${at}.target.tolerancePercent`, 'commitments.toleranceOnlyAbout');
    if (c.appendixIndex !== null) {
      const appendix = appendices[c.appendixIndex];
      if (!appendix) add(`${at}.appendixIndex`, 'commitments.noSuchAppendix');
      else if (appendix.organisationId !== null && appendix.organisationId !== c.organisationId)
        add(`${at}.appendixIndex`, 'commitments.appendixOfOtherParty');
    }
  });
}
