// The agreement document consolidated with its amendments: as in force on a
// date (the original, the amendments in force by then, without the parties
// that had left), or today's terms with every amendment in force. It says so
// on the first page and lists the amendments it includes; a party that joined
// by amendment gets its signature on that amendment in its block.
import { withoutParties } from '../../shared/agreements/amendments/apply';
import { viewOn } from '../../shared/agreements/amendments/in-force';
import type { Amendment } from '../../shared/agreements/amendments/model';
import { latestExtendedEnd } from '../../shared/agreements/amendments/rules';
import { maxDate, type IsoDate } from '../../shared/dates';
import type { AgreementData, Signature } from '../../shared/agreements/model';
import type { AgreementLife } from '../agreements/amendments/agreement-life';
import { amendmentState } from '../agreements/amendments/amendment-checks';
import type { Consolidation } from './agreement-document';
import { changedSectionsInWords } from './amendment-document';

export interface ConsolidatedAgreement {
  data: AgreementData;
  /** Null when the agreement has no amendment to consolidate (printed as it always was). */
  consolidation: Consolidation | null;
  signatures: Signature[];
}

const byEffect = (a: Amendment, b: Amendment) =>
  a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.number - b.number;

export function consolidate(
  life: AgreementLife,
  current: AgreementData,
  signatures: readonly Signature[],
  options: { asOf: IsoDate | undefined; today: IsoDate; nameOf: (id: number) => string },
): ConsolidatedAgreement {
  const { asOf, today } = options;
  const included = life.amendments
    .filter((a) => a.status === 'inForce' && (asOf === undefined || a.effectiveFrom <= asOf))
    .sort(byEffect);
  const data =
    asOf !== undefined
      ? viewOn(life.segments, asOf)
      : withoutParties(
          current,
          new Set(life.exits.filter((e) => e.endsOn < today).map((e) => e.organisationId)),
        );

  const changes = included.map((a) => {
    const state = amendmentState(life, current, a);
    return {
      amendment: a,
      state,
      changed: changedSectionsInWords(state.before, state.after, options.nameOf),
    };
  });
  // A party that joined by amendment signed that amendment, not the original agreement.
  const joinedSignatures = changes.flatMap(({ amendment, state }) =>
    amendment.signatures.filter(
      (s) =>
        state.joining.includes(s.organisationId) &&
        !signatures.some((o) => o.organisationId === s.organisationId),
    ),
  );

  if (included.length === 0 && asOf === undefined)
    return { data, consolidation: null, signatures: [...signatures] };
  const last = included.reduce((n, a) => Math.max(n, a.number), 0);
  const latestEffect = included.reduce<IsoDate>((d, a) => maxDate(d, a.effectiveFrom), '');
  const on = asOf ?? maxDate(today, latestEffect);
  const extension = [...changes]
    .reverse()
    .find(
      ({ state }) =>
        state.after.period.end > state.before.period.end && state.after.period.end === data.period.end,
    );
  return {
    data,
    signatures: [...signatures, ...joinedSignatures],
    consolidation: {
      label:
        included.length > 0
          ? `Konsoliderad version med tilläggsavtal t.o.m. nr ${last}, gällande ${on}`
          : `Version gällande ${on}, utan tilläggsavtal`,
      amendments: changes.map(({ amendment, changed }) => ({
        number: amendment.number,
        registrationNumber: amendment.registrationNumber,
        effectiveFrom: amendment.effectiveFrom,
        reason: amendment.reason,
        changed: changed.map((c) => c.title),
      })),
      extendedBy: extension && data.period.end > life.original.period.end ? extension.amendment.number : null,
      latestExtendedEnd: latestExtendedEnd(life.original),
      originalEnd: life.original.period.end,
    },
  };
}
