// The amendment document and the consolidated agreement as models (no
// database): the three-party agreement extended by two years, the umbrella
// joined by a new organisation, the view before and after an amendment's
// effective date.
import { describe, expect, test } from 'vitest';
import { applyChanges, changedSections } from '../../shared/agreements/amendments/apply';
import { segmentsOf, type PartyExit } from '../../shared/agreements/amendments/in-force';
import type { Amendment } from '../../shared/agreements/amendments/model';
import type { AgreementData, Signature } from '../../shared/agreements/model';
import type { PartyOrganisation } from '../../shared/ipc/agreements';
import {
  malmoRegionRedCross,
  pureIds as ids,
  registerEntries,
  umbrella,
  type OrgKey,
} from '../../../test/support/agreements/fixtures';
import type { AgreementLife } from '../agreements/amendments/agreement-life';
import { buildAgreementDocument } from './agreement-document';
import { buildAmendmentDocument } from './amendment-document';
import { consolidate } from './consolidated-agreement';
import { missing, type DocumentModel } from './document-model';

const organisations = new Map<number, PartyOrganisation>(
  (Object.keys(ids) as OrgKey[]).map((k) => {
    const e = registerEntries[k];
    return [
      ids[k],
      {
        id: ids[k],
        name: e.name,
        kind: e.kind,
        orgNumber: e.orgNumber,
        address: { street: e.street, postalCode: e.postalCode, city: e.city },
      },
    ];
  }),
);
const nameOf = (id: number) => organisations.get(id)?.name ?? '';

/** The model as text, one line per row, as a reader meets it. */
function text(model: DocumentModel): string {
  const lines = [model.title, model.subtitle, ...model.meta.map(([l, v]) => `${l}: ${v}`)];
  for (const b of model.blocks) {
    if (b.kind === 'heading' || b.kind === 'subheading' || b.kind === 'paragraph') lines.push(b.text);
    else if (b.kind === 'bullets') lines.push(...b.items.map((i) => `• ${i}`));
    else if (b.kind === 'facts') lines.push(...b.rows.map(([l, v]) => `${l}: ${v}`));
    else if (b.kind === 'table') lines.push(...[b.header, ...b.rows].map((r) => r.join(' | ')));
    else lines.push(`[${b.party}]`, ...b.lines.map(([l, v]) => `${l}: ${v}`));
  }
  return lines.join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

const signature = (organisationId: number, date: string): Signature => ({
  organisationId,
  name: `Namn ${organisationId}`,
  title: 'Ordförande',
  place: 'Malmö',
  date,
});

function amendmentOf(before: AgreementData, after: AgreementData, extra: Partial<Amendment> = {}): Amendment {
  return {
    id: 1,
    agreementId: 1,
    number: 1,
    registrationNumber: '2.3.4-112/2024',
    reason: 'Partnerskapet har fungerat väl och förlängs med två år.',
    effectiveFrom: '2024-03-15',
    status: 'inForce',
    decider: 'board',
    changes: changedSections(before, after),
    concerned: before.parties.map((p) => p.organisationId),
    acceptedTerms: [],
    decision: { body: 'Socialnämnden', date: '2024-03-10', paragraph: '§ 17' },
    signatures: [],
    recordedSignedBy: null,
    inForceAt: '2024-03-15T09:00:00.000Z',
    version: 1,
    ...extra,
  };
}

/** Malmö–Region Skåne–Röda Korset with a contact person, and the same extended to 2026-12-31. */
function threeParty() {
  const before = malmoRegionRedCross(ids);
  before.parties[2]!.contacts = [
    { name: 'Lena Lund', title: 'Verksamhetsledare', phone: '040-12 34 56', email: '' },
  ];
  const after = structuredClone(before);
  after.period.end = '2026-12-31';
  const y2024 = after.economy.years.find((y) => y.year === 2024)!;
  after.economy.years.push(
    { ...structuredClone(y2024), year: 2025 },
    { ...structuredClone(y2024), year: 2026 },
  );
  return { before, after };
}

function lifeOf(
  original: AgreementData,
  current: AgreementData,
  amendments: Amendment[],
  exits: PartyExit[] = [],
): AgreementLife {
  return {
    original,
    amendments,
    notices: [],
    extensionDecisions: [],
    agreementNotice: null,
    partyNotices: [],
    exits,
    segments: segmentsOf({ original, current, amendments, exits }),
  };
}

describe('the amendment document', () => {
  test('refers to the agreement by dnr, title and parties, and lists what changes, before and after', () => {
    const { before, after } = threeParty();
    const amendment = amendmentOf(before, after, {
      status: 'decided',
      signatures: [signature(ids.regionSkane, '2024-03-12')],
    });
    const doc = text(buildAmendmentDocument({ amendment, before, after, organisations }));
    expect(doc).toMatch(/^Tilläggsavtal nr 1 till överenskommelse 2\.3\.4-565\/2021$/m);
    expect(doc).toContain('Tilläggsavtalets diarienummer: 2.3.4-112/2024');
    expect(doc).toContain('mellan Region Skåne, Malmö stad och Svenska Röda Korset');
    expect(doc).toContain('Partnerskapet har fungerat väl och förlängs med två år.');
    expect(doc).toContain('Tilläggsavtalet gäller från och med 2024-03-15.');
    // Changed sections only, in words: the period and the economy.
    expect(doc).toContain(
      'Period, förlängning och uppsägning\nTidigare lydelse:\n• Period: 2021-01-01 – 2024-12-31\nNy lydelse:\n• Period: 2021-01-01 – 2026-12-31\n',
    );
    // Only the entries that change: two years added to the budget, each with its lines.
    expect(doc).toMatch(
      /\nEkonomi\nTillägg:\n• 2025: 1 070 000 kr; Region Skåne till Svenska Röda Korset: 400 000 kr; .*\n• 2026: 1 070 000 kr; /,
    );
    expect(doc).not.toContain('2021: 1 070 000 kr');
    expect(doc).not.toContain('Utbetalning:');
    expect(doc).not.toMatch(/^Bakgrund$/m);
    expect(doc).not.toMatch(/^Parter$/m);
    // No contact persons.
    expect(doc).not.toContain('Lena Lund');
    // Who decides and the decision.
    expect(doc).toContain('Beslutas av: Regionstyrelsen och Socialnämnden');
    expect(doc).toContain('Beslut: Socialnämnden, 2024-03-10, § 17');
    // One block per party concerned, filled in where the signature is recorded.
    expect(doc.match(/Namnförtydligande/g)).toHaveLength(3);
    expect(doc).toMatch(
      /\[Region Skåne\]\nOrt: Malmö\nDatum: 2024-03-12\nUnderskrift: \nNamnförtydligande: Namn \d+\nTitel: Ordförande/,
    );
    expect(doc).toMatch(/\[Malmö stad\]\nOrt: \nDatum: \n/);
    // "Likalydande exemplar" once, as many as the parties concerned.
    expect(doc.match(/likalydande/g)).toHaveLength(1);
    expect(doc).toContain('upprättas i tre likalydande exemplar, ett för varje berörd part');
  });

  test('unknown facts stay empty and are marked: no dnr, no decision yet, no reason', () => {
    const { before, after } = threeParty();
    const amendment = amendmentOf(before, after, {
      registrationNumber: '',
      reason: '',
      status: 'draft',
      decider: 'delegation',
      decision: null,
      concerned: [ids.malmo, ids.redCross],
    });
    const doc = text(buildAmendmentDocument({ amendment, before, after, organisations }));
    expect(doc).toContain(`Tilläggsavtalets diarienummer: ${missing}`);
    expect(doc).toContain(`Beslut: ${missing} (inte fattat ännu)`);
    expect(doc).toMatch(new RegExp(`Skäl till ändringen\\n\\${missing}`));
    expect(doc).toContain('Status: Utkast – inte beslutat');
    // The delegate decides for the board that delegated.
    expect(doc).toContain(
      'Beslutas av: Förvaltningschef enligt delegation från Regionstyrelsen och Socialnämnden',
    );
    // Two parties concerned: two blocks, two copies.
    expect(doc.match(/Namnförtydligande/g)).toHaveLength(2);
    expect(doc).toContain('upprättas i två likalydande exemplar');
    expect(doc).not.toContain('[Region Skåne]');
  });

  test('a new organisation joining the umbrella: it accepts all terms and gets a block of its own', () => {
    const before = umbrella(ids);
    before.parties = before.parties.filter((p) => p.organisationId !== ids.cityMission);
    before.appendices = before.appendices.filter((a) => a.organisationId !== ids.cityMission);
    before.commitments = before.commitments.filter((c) => c.organisationId !== ids.cityMission);
    const after = umbrella(ids);
    const amendment = amendmentOf(before, after, {
      reason: 'Stockholms stadsmission ansluter.',
      effectiveFrom: '2024-09-01',
      concerned: [ids.malmo, ids.cityMission],
      acceptedTerms: [ids.cityMission],
    });
    const doc = text(buildAmendmentDocument({ amendment, before, after, organisations }));
    expect(doc).toContain(
      'Stockholms stadsmission ansluter till partnerskapet genom detta tilläggsavtal och godtar samtliga villkor i överenskommelsen.',
    );
    expect(doc).toContain('Stockholms stadsmission (idéburen part)\nOrganisationsnummer: 802003-1954');
    expect(doc).toMatch(/^Bilagor$/m);
    expect(doc).toContain('Bilaga 3: Stockholms stadsmission – åtaganden och ekonomi');
    expect(doc).toContain('[Stockholms stadsmission]');
    expect(doc.match(/Namnförtydligande/g)).toHaveLength(2);
  });
});

describe('the agreement consolidated with its amendments', () => {
  const { before, after } = threeParty();
  const extension = amendmentOf(before, after);
  const life = lifeOf(before, after, [extension]);
  const signatures = before.parties.map((p) => signature(p.organisationId, '2020-12-20'));
  const printed = (asOf: string | undefined, today = '2026-03-02') => {
    const view = consolidate(life, after, signatures, { asOf, today, nameOf });
    return text(
      buildAgreementDocument({
        data: view.data,
        organisations,
        signatures: view.signatures,
        consolidation: view.consolidation,
      }),
    );
  };

  test('before the effective date: the original terms, no amendment included', () => {
    const doc = printed('2024-02-01');
    expect(doc).toContain('Version: Version gällande 2024-02-01, utan tilläggsavtal');
    expect(doc).toContain('Period: 2021-01-01 – 2024-12-31');
    expect(doc).toContain('Förlängning: Högst 2 år');
    expect(doc).not.toContain('Tilläggsavtal som ingår');
    expect(doc).not.toContain('2026-12-31');
  });

  test('from the effective date: the new end only, and the amendment listed', () => {
    for (const doc of [printed('2024-03-15'), printed(undefined)]) {
      expect(doc).toContain('Period: 2021-01-01 – 2026-12-31');
      expect(doc).toContain(
        'Förlängning: Förlängd genom tilläggsavtal nr 1; ingen ytterligare förlängning enligt överenskommelsen',
      );
      expect(doc).not.toContain('Beslut om förlängning senast');
      // The extension clause keeps the decision date that applied to the first end, not one for the new end.
      expect(doc).not.toContain('det vill säga senast 2026-03-31');
      expect(doc).toContain('det vill säga senast 2024-03-31');
      // The old end is printed nowhere (no free-text note beside the new one).
      expect(doc).not.toContain('2024-12-31');
      expect(doc).toMatch(
        /Tilläggsavtal som ingår\nTilläggsavtal nr 1 \(dnr 2\.3\.4-112\/2024\), gäller från 2024-03-15\n/,
      );
      expect(doc).toContain('Ändrar: Ekonomi, Period, förlängning och uppsägning.');
    }
    expect(printed('2024-03-15')).toContain(
      'Version: Konsoliderad version med tilläggsavtal t.o.m. nr 1, gällande 2024-03-15',
    );
    // Without a date: today's terms with every amendment in force.
    expect(printed(undefined)).toContain(
      'Version: Konsoliderad version med tilläggsavtal t.o.m. nr 1, gällande 2026-03-02',
    );
    // An amendment in force that takes effect later is dated from its effect.
    expect(printed(undefined, '2024-03-01')).toContain('gällande 2024-03-15');
  });

  test('without amendments and without a date, the agreement prints as it always has', () => {
    const view = consolidate(lifeOf(before, before, []), before, signatures, {
      asOf: undefined,
      today: '2026-03-02',
      nameOf,
    });
    expect(view.consolidation).toBeNull();
    expect(view.data).toBe(before);
  });

  test('a party that joined by amendment signs in its block with its signature on that amendment', () => {
    const without = umbrella(ids);
    without.parties = without.parties.filter((p) => p.organisationId !== ids.cityMission);
    without.appendices = without.appendices.filter((a) => a.organisationId !== ids.cityMission);
    without.commitments = without.commitments.filter((c) => c.organisationId !== ids.cityMission);
    const joined = applyChanges(without, {
      parties: umbrella(ids).parties,
      appendices: umbrella(ids).appendices,
    });
    const joining = amendmentOf(without, joined, {
      reason: 'Stockholms stadsmission ansluter.',
      effectiveFrom: '2024-09-01',
      concerned: [ids.malmo, ids.cityMission],
      acceptedTerms: [ids.cityMission],
      signatures: [
        signature(ids.malmo, '2024-08-20'),
        { ...signature(ids.cityMission, '2024-08-21'), place: 'Stockholm' },
      ],
    });
    const original = without.parties.map((p) => signature(p.organisationId, '2023-12-15'));
    const umbrellaLife = lifeOf(without, joined, [joining]);
    const at = (asOf: string) => {
      const view = consolidate(umbrellaLife, joined, original, { asOf, today: '2026-03-02', nameOf });
      return text(
        buildAgreementDocument({
          data: view.data,
          organisations,
          signatures: view.signatures,
          consolidation: view.consolidation,
        }),
      );
    };
    expect(at('2024-08-31')).not.toContain('[Stockholms stadsmission]');
    const doc = at('2024-09-01');
    expect(doc).toContain('[Stockholms stadsmission]\nOrt och datum: Stockholm 2024-08-21');
    expect(doc).toContain('[Malmö stad]\nOrt och datum: Malmö 2023-12-15');
    expect(doc).toContain('upprättats i fyra likalydande exemplar');
  });
  test("a party that has left is not in the version in force after its last day, nor in today's terms", () => {
    const data = umbrella(ids);
    const life = lifeOf(data, data, [], [{ organisationId: ids.saveTheChildren, endsOn: '2025-04-30' }]);
    const original = data.parties.map((p) => signature(p.organisationId, '2023-12-15'));
    const printed = (asOf: string | undefined, today = '2026-03-02') => {
      const view = consolidate(life, data, original, { asOf, today, nameOf });
      return text(
        buildAgreementDocument({
          data: view.data,
          organisations,
          signatures: view.signatures,
          consolidation: view.consolidation,
        }),
      );
    };
    expect(printed('2025-04-30')).toContain('[Rädda Barnen]');
    expect(printed('2025-04-30')).toContain('Version: Version gällande 2025-04-30, utan tilläggsavtal');
    for (const doc of [printed('2025-05-01'), printed(undefined)]) {
      expect(doc).not.toContain('[Rädda Barnen]');
      expect(doc).not.toMatch(/^Rädda Barnen \(idéburen part\)$/m);
      expect(doc).toContain('[Stockholms stadsmission]');
      expect(doc.match(/Namnförtydligande/g)).toHaveLength(3);
    }
    // Without amendments and without a date, no version line: the agreement as it is today.
    expect(printed(undefined)).not.toContain('Version:');
    expect(printed(undefined, '2025-04-01')).toContain('[Rädda Barnen]');
  });
});
