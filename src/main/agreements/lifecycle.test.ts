// The lifecycle through the router: guards, what each transition records, who
// and when, and the audit entries.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../shared/agreements/model';
import type { Agreement } from '../../shared/ipc/agreements';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { malmoRegionRedCross, umbrella, withCriteria } from '../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData => ({ ...data, registrationNumber: `LC-${++n}` });
const decision = { board: 'Socialnämnden', date: '2026-02-19', paragraph: '§ 42', proposal: '' };
const sign = (a: Agreement, organisationId: number, date = '2026-02-25') =>
  t.app.call('agreements:recordSignature', {
    id: a.id,
    version: a.version,
    signature: { organisationId, name: 'Eva Ek', title: 'Förvaltningschef', place: 'Malmö', date },
  });

describe('lifecycle guards', () => {
  test('utkast → för beslut only when each of the six criteria has a justification', async () => {
    const { app, ids } = t;
    const a = await create(app, fresh(malmoRegionRedCross(ids)));
    const error = await failure(
      app.call('agreements:transition', { id: a.id, version: a.version, request: { to: 'forDecision' } }),
    );
    expect(error.code).toBe('agreements.transitionBlocked');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'criteria.bothContribute',
      'criteria.noDetailedRegulation',
      'criteria.noMarket',
      'criteria.notAssociationGrant',
      'criteria.ownInitiative',
      'criteria.politicalProgramme',
    ]);
    expect((await app.must('agreements:get', { id: a.id })).status).toBe('draft');
  });

  test('no signing before a decision; no activation without every party’s signature', async () => {
    const { app, ids } = t;
    let a = await create(app, withCriteria(fresh(malmoRegionRedCross(ids))));
    a = await app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: { to: 'forDecision' },
    });

    const early = await failure(sign(a, ids.malmo));
    expect(early.code).toBe('agreements.transitionBlocked');
    expect(early.fields).toEqual({ status: 'agreements.signBeforeDecision' });

    const skip = await failure(
      app.call('agreements:transition', { id: a.id, version: a.version, request: { to: 'signed' } }),
    );
    expect(skip.fields).toEqual({ status: 'agreements.transitionNotAllowed' });

    // A three-party agreement: Region Skåne's board decides first, and it stays för beslut.
    a = await app.must('agreements:recordDecision', {
      id: a.id,
      version: a.version,
      decision: { ...decision, board: 'Regionstyrelsen', organisationId: ids.regionSkane },
    });
    expect(a.status).toBe('forDecision');
    expect(a.decision).toBeNull();

    const future = await failure(
      app.call('agreements:transition', {
        id: a.id,
        version: a.version,
        request: { to: 'decided', decision: { ...decision, date: '2026-03-03' } },
      }),
    );
    expect(future.fields).toEqual({ 'request.decision.date': 'agreements.dateInFuture' });
    const noParagraph = await failure(
      app.call('agreements:transition', {
        id: a.id,
        version: a.version,
        request: { to: 'decided', decision: { ...decision, paragraph: ' ' } },
      }),
    );
    expect(noParagraph.code).toBe('validation');
    expect(noParagraph.fields).toEqual({ 'request.decision.paragraph': 'field.required' });

    a = await app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: { to: 'decided', decision },
    });
    expect(a.status).toBe('decided');
    expect(a.decision).toEqual(decision);

    const noSignature = await failure(
      app.call('agreements:transition', { id: a.id, version: a.version, request: { to: 'signed' } }),
    );
    expect(noSignature.fields).toEqual({ signatures: 'agreements.noSignatures' });

    const beforeDecision = await failure(sign(a, ids.malmo, '2026-02-18'));
    expect(beforeDecision.fields).toEqual({ 'signature.date': 'agreements.signBeforeDecision' });
    const stranger = await failure(sign(a, ids.bris));
    expect(stranger.code).toBe('agreements.notAParty');

    const signed = await sign(a, ids.malmo);
    if (!signed.ok) throw new Error(signed.error.code);
    a = signed.value;
    a = await app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'signed' } });
    expect(a.status).toBe('signed');

    const partly = await failure(
      app.call('agreements:transition', { id: a.id, version: a.version, request: { to: 'active' } }),
    );
    expect(partly.fields).toEqual({ signatures: 'agreements.missingSignatures' });

    for (const id of [ids.regionSkane, ids.redCross]) {
      const r = await sign(a, id);
      if (!r.ok) throw new Error(r.error.code);
      a = r.value;
    }
    a = await app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'active' } });
    expect(a.status).toBe('active');
    expect(a.signatures.map((s) => s.organisationId).sort()).toEqual(
      [ids.regionSkane, ids.malmo, ids.redCross].sort(),
    );
    expect(a.statusHistory.map((h) => [h.from, h.to, h.by])).toEqual([
      [null, 'draft', 'Ada Admin'],
      ['draft', 'forDecision', 'Ada Admin'],
      ['forDecision', 'decided', 'Ada Admin'],
      ['decided', 'signed', 'Ada Admin'],
      ['signed', 'active', 'Ada Admin'],
    ]);
  });

  test('a stale version cannot change the status', async () => {
    const { app, ids } = t;
    const a = await create(app, withCriteria(fresh(malmoRegionRedCross(ids))));
    await app.must('agreements:update', { id: a.id, version: a.version, data: a.data });
    const error = await failure(
      app.call('agreements:transition', { id: a.id, version: a.version, request: { to: 'forDecision' } }),
    );
    expect(error.code).toBe('conflict');
  });

  test('uppsagd: notice moves the end to the notice date + 4 months and records the ongoing interventions', async () => {
    const { app, ids } = t;
    let a = await activate(app, await create(app, withCriteria(fresh(umbrella(ids, '2025-01-01')))));
    expect(a.effectiveEnd).toBe('2027-12-31');
    a = await app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: {
        to: 'terminated',
        notice: {
          givenOn: '2026-03-02',
          byOrganisationId: ids.saveTheChildren,
          ongoingInterventions: 'Vårens grupper slutförs.',
        },
      },
    });
    expect(a.status).toBe('terminated');
    expect(a.effectiveEnd).toBe('2026-07-02');
    expect(a.noticeGiven).toEqual({
      givenOn: '2026-03-02',
      byOrganisationId: ids.saveTheChildren,
      ongoingInterventions: 'Vårens grupper slutförs.',
    });
    expect(a.calendar.find((i) => i.kind === 'end')!.date).toBe('2026-07-02');
    const early = await failure(
      app.call('agreements:transition', { id: a.id, version: a.version, request: { to: 'ended' } }),
    );
    expect(early.fields).toEqual({ status: 'agreements.notYetEnded' });
    t.app.clock.set(new Date('2026-07-03T08:00:00Z'));
    try {
      a = await app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'ended' } });
      expect(a.status).toBe('ended');
    } finally {
      t.app.clock.set(new Date('2026-03-02T09:00:00.000Z'));
    }
  });

  test('hävd: rescission records the date, the reason and the deficiency it rests on', async () => {
    const { app, ids } = t;
    let a = await activate(
      app,
      await create(app, withCriteria(fresh(malmoRegionRedCross(ids, '2024-01-01')))),
    );
    const [deficiency] = await app.must('agreements:recordDeficiency', {
      agreementId: a.id,
      organisationId: ids.redCross,
      description: 'Grupperna genomfördes inte under hösten.',
      foundOn: '2026-01-10',
      remedyBy: '2026-02-10',
    });
    a = await app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: {
        to: 'rescinded',
        rescission: {
          date: '2026-03-01',
          reason: 'Åtgärdsplanen följdes inte.',
          deficiencyId: deficiency!.id,
        },
      },
    });
    expect(a.status).toBe('rescinded');
    expect(a.rescission).toEqual({
      date: '2026-03-01',
      reason: 'Åtgärdsplanen följdes inte.',
      deficiencyId: deficiency!.id,
    });
  });
});

describe('audit', () => {
  test('every change is audited with who, the agreement id and the outcome; no names in entity ids', async () => {
    const { app, ids } = t;
    const since = await lastAuditId(app);
    const a = await create(app, withCriteria(fresh(malmoRegionRedCross(ids))));
    await app.must('agreements:get', { id: a.id });
    await failure(
      app.call('agreements:transition', { id: a.id, version: a.version, request: { to: 'active' } }),
    );
    await app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'forDecision' } });
    const entries = await auditSince(app, since);
    expect(entries).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'agreements:create',
        entityType: 'agreement',
        entityId: String(a.id),
        outcome: 'ok',
      },
      {
        userId: 1,
        role: 'admin',
        channel: 'agreements:get',
        entityType: 'agreement',
        entityId: String(a.id),
        outcome: 'ok',
      },
      {
        userId: 1,
        role: 'admin',
        channel: 'agreements:transition',
        entityType: 'agreement',
        entityId: String(a.id),
        outcome: 'failed',
      },
      {
        userId: 1,
        role: 'admin',
        channel: 'agreements:transition',
        entityType: 'agreement',
        entityId: String(a.id),
        outcome: 'ok',
      },
    ]);
  });
});
