// The children's tables: counts per age band, gender, district, placement,
// home municipality, outcome and agreement. They are protected: suppression
// works on them all at once (see count-table.ts), then they are shown.
import type { ReportTable } from '../ipc/reports';
import { genders, placementBases } from '../support-groups/vocabulary';
import { ageBands, type AgeBand } from './age-bands';
import type { CountTableSpec } from './count-table';
import type { Participation, ReportFacts } from './facts';
import { ageBandLabels, genderLabels, placementLabels, protectedDistrict, unknownDistrict } from './labels';
import { publishedTable, type ReportContext } from './report-cells';

/** The variable every breakdown of the children shares: how many children took part. */
export const childrenTotal = 'children';
const participationsTotal = 'participations';

/** Each person once, described by their first participation in the period. */
function firstParticipations(participations: readonly Participation[]): Participation[] {
  const first = new Map<string, Participation>();
  for (const p of participations) {
    const seen = first.get(p.personKey);
    if (
      !seen ||
      p.groupStart < seen.groupStart ||
      (p.groupStart === seen.groupStart && p.groupId < seen.groupId)
    )
      first.set(p.personKey, p);
  }
  return [...first.values()];
}

function tally<K extends string>(keys: readonly K[], values: readonly K[]): number[] {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return keys.map((k) => counts.get(k) ?? 0);
}

const breakdown = (key: string, labels: readonly string[], counts: readonly number[]): CountTableSpec => ({
  key,
  rows: labels,
  columns: ['Antal barn'],
  cells: counts.map((n) => [n]),
  rowTotals: false,
  columnTotals: true,
  sensitive: true,
  links: { grandTotal: childrenTotal },
});

const single = (key: string, value: number): CountTableSpec => ({
  key,
  rows: [key],
  columns: ['Antal'],
  cells: [[value]],
  rowTotals: false,
  columnTotals: false,
  sensitive: true,
});

/** The count tables suppression works on. */
export function childCountSpecs(facts: ReportFacts): CountTableSpec[] {
  const persons = firstParticipations(facts.participations);
  // Bands outside 6–24 and unknown ages appear only when someone is in them.
  const bandCounts = tally<AgeBand>(
    ageBands,
    persons.map((p) => p.ageBand),
  );
  const bands = ageBands.filter((b, i) => !(b === 'other' || b === 'unknown') || bandCounts[i]! > 0);
  const districts = [
    ...new Set(persons.map((p) => p.district).filter((d): d is string => d !== null && d !== '')),
  ].sort((a, b) => a.localeCompare(b, 'sv'));
  const districtKeys = [
    ...districts,
    ...(persons.some((p) => p.district === '') ? [''] : []),
    ...(persons.some((p) => p.district === null) ? [null] : []),
  ];
  const completion = tally(
    ['completed', 'droppedOut', 'ongoing'],
    facts.participations.map((p) => p.outcome),
  );

  const specs: CountTableSpec[] = [
    breakdown(
      'ageBand',
      bands.map((b) => ageBandLabels[b]),
      bands.map((b) => bandCounts[ageBands.indexOf(b)]!),
    ),
    breakdown(
      'gender',
      genders.map((g) => genderLabels[g]),
      tally(
        genders,
        persons.map((p) => p.gender),
      ),
    ),
    breakdown(
      'district',
      districtKeys.map((d) => (d === null ? protectedDistrict : d === '' ? unknownDistrict : d)),
      districtKeys.map((d) => persons.filter((p) => p.district === d).length),
    ),
    breakdown(
      'placement',
      placementBases.map((b) => placementLabels[b]),
      tally(
        placementBases,
        persons.map((p) => p.placementBasis),
      ),
    ),
    breakdown(
      'municipality',
      ['Egen kommun', 'Annan kommun'],
      [persons.filter((p) => !p.otherMunicipality).length, persons.filter((p) => p.otherMunicipality).length],
    ),
    {
      key: 'completion',
      rows: ['Genomförde gruppen', 'Avbröt efter start', 'Deltar fortfarande'],
      columns: ['Antal deltaganden'],
      cells: completion.map((n) => [n]),
      rowTotals: false,
      columnTotals: true,
      sensitive: true,
      // The same number shown twice must be one variable; when the counts happen to be equal, treat them as one (only stricter).
      links: {
        grandTotal: facts.participations.length === persons.length ? childrenTotal : participationsTotal,
      },
    },
    single('waiting', facts.waitingAtEnd),
    single('concern', facts.concernReports),
  ];
  if (facts.scope.kind === 'all') {
    const personsPerAgreement = new Map<number, Set<string>>();
    for (const p of facts.participations) {
      const set = personsPerAgreement.get(p.agreementId) ?? new Set<string>();
      set.add(p.personKey);
      personsPerAgreement.set(p.agreementId, set);
    }
    const perAgreement = facts.agreements.map((a) => personsPerAgreement.get(a.id)?.size ?? 0);
    const sum = perAgreement.reduce((a, b) => a + b, 0);
    specs.push({
      key: 'perAgreement',
      rows: facts.agreements.map((a) => a.label),
      columns: ['Antal barn'],
      cells: perAgreement.map((n) => [n]),
      rowTotals: false,
      columnTotals: true,
      sensitive: true,
      totalLabel: 'Summa (ett barn kan räknas i flera överenskommelser)',
      ...(sum === persons.length ? { links: { grandTotal: childrenTotal } } : {}),
    });
  }
  return specs;
}

/** The children's tables as a reader sees them, with hidden figures as marks. */
export function childSection({ facts, published }: ReportContext): ReportTable[] {
  const childSection: ReportTable[] = [
    publishedTable(published, 'ageBand', {
      title: 'Barn per åldersgrupp',
      description: 'Ålder när barnets första grupp under perioden startade.',
      rowHeader: 'Åldersgrupp',
      chartColumn: 0,
    }),
    publishedTable(published, 'gender', {
      title: 'Barn per kön',
      description: 'Varje barn räknas en gång.',
      rowHeader: 'Kön',
      chartColumn: 0,
    }),
    publishedTable(published, 'district', {
      title: 'Barn per stadsdel',
      description: 'Barn med skyddade personuppgifter räknas men redovisas inte per stadsdel.',
      rowHeader: 'Stadsdel',
      chartColumn: 0,
    }),
    publishedTable(published, 'placement', {
      title: 'Barn per placeringsform',
      description: 'Grund för placeringen.',
      rowHeader: 'Placering',
      chartColumn: 0,
    }),
    publishedTable(published, 'municipality', {
      title: 'Barn från egen och annan kommun',
      description: 'Barn från andra kommuner tar fria platser mot avgift.',
      rowHeader: 'Hemkommun',
      chartColumn: 0,
    }),
    publishedTable(published, 'completion', {
      title: 'Genomförande',
      description: 'Deltaganden i grupper som startar under perioden (ett barn kan delta i flera grupper).',
      rowHeader: 'Utfall',
      chartColumn: null,
    }),
  ];
  if (facts.scope.kind === 'all') {
    childSection.push(
      publishedTable(published, 'perAgreement', {
        title: 'Barn per överenskommelse',
        description: 'Barn som deltagit, per överenskommelse.',
        rowHeader: 'Överenskommelse',
        chartColumn: 0,
      }),
    );
  }
  return childSection;
}
