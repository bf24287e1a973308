// A referral (anmälan), district → organisation: only what the basis allows.
// Under SoL (or no placement) for a minor, every custodian (or the god man in
// their place) must have given the data-sharing consent; from 18 the person's
// own; under LVU social services decide and no consent is needed. A child
// with protected identity never carries an address, a foster home or a phone
// number: only a contact route through the referring caseworker.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { consentInput } from '../../shared/ipc/exchange';
import type { ReferralItem } from '../../shared/exchange/package-content';
import { adultOn, evaluateConsent } from '../../shared/support-groups/consent-rules';
import { AppFailure } from '../base/app-error';
import { getChildRow, getGuardianRows, type ChildRow, type GuardianRow } from '../children/child-repository';
import { today, type ServiceContext } from '../context/service-context';
import { insertSubject, subjectOfChild } from './exchange-repository';
import { jsonFile, makeFor, type Made } from './make-service';
import { requireUsablePartner } from './partner-service';

type ConsentIn = z.output<typeof consentInput>;

function birthYearOf(row: ChildRow): number | null {
  if (row.birth_date) return Number(row.birth_date.slice(0, 4));
  return row.birth_year;
}

/** Refuses unless the consents allow passing the child's details (the data-sharing scope). */
function checkConsent(row: ChildRow, guardians: GuardianRow[], consents: ConsentIn[], on: string, n: number): void {
  const facts = guardians.map((g) => ({ id: g.id, hasCustody: g.has_custody === 1, representative: g.representative }));
  if (consents.some((c) => c.guardianId !== null && !facts.some((g) => g.id === c.guardianId)))
    throw new AppFailure('enrolments.guardianNotOfChild');
  const status = evaluateConsent({
    placementBasis: row.placement_basis,
    adult: adultOn(
      {
        birthDate: row.birth_date,
        birthYear: row.birth_year,
        ageBand: row.age_band && row.age_band_on ? { band: row.age_band, enteredOn: row.age_band_on } : null,
      },
      on,
    ),
    guardians: facts,
    consents: consents.map((c, sequence) => ({ ...c, sequence })),
  });
  if (!status.required) return;
  const sharing = status.consenters.filter((c) => c.scope === 'dataSharing');
  if (status.noCustodialGuardian || sharing.length === 0 || sharing.some((c) => c.state !== 'given'))
    throw new AppFailure('exchange.referralNeedsConsent', { params: { number: String(n) } });
}

function itemOf(
  row: ChildRow,
  guardians: GuardianRow[],
  consents: ConsentIn[],
  programme: string,
  subjectRef: string,
  referredOn: string,
): ReferralItem {
  const protectedIdentity = row.protected_identity === 1;
  const refOf = new Map(guardians.map((g, i) => [g.id, i + 1]));
  const caseworker = {
    name: row.caseworker_name,
    unit: row.caseworker_unit,
    phone: row.caseworker_phone,
    email: row.caseworker_email,
  };
  return {
    subjectRef,
    programme,
    referredOn,
    child: {
      name: row.name,
      nameIsAlias: row.name_is_alias === 1,
      birthYear: birthYearOf(row)!,
      gender: row.gender,
      homeMunicipality: row.home_municipality,
      district: row.district,
      placementBasis: row.placement_basis,
      protectedIdentity,
      address: protectedIdentity ? null : { street: row.street, postalCode: row.postal_code, city: row.city },
      phone: protectedIdentity ? '' : row.phone,
      email: protectedIdentity ? '' : row.email,
      fosterHome: protectedIdentity
        ? null
        : {
            name: row.foster_home_name,
            phone: row.foster_home_phone,
            email: row.foster_home_email,
            address: { street: row.foster_home_street, postalCode: row.foster_home_postal_code, city: row.foster_home_city },
          },
      contactRoute: protectedIdentity
        ? `Skyddade personuppgifter: kontakt endast via socialtjänsten, ${[caseworker.name, caseworker.unit, caseworker.phone, caseworker.email].filter((s) => s !== '').join(', ')}`
        : '',
    },
    guardians: guardians.map((g, i) => ({
      ref: i + 1,
      name: g.name,
      // A protected child's guardians are reached through social services too.
      phone: protectedIdentity ? '' : g.phone,
      email: protectedIdentity ? '' : g.email,
      hasCustody: g.has_custody === 1,
      representative: g.representative,
    })),
    consents: consents.map((c) => ({
      guardianRef: c.guardianId === null ? null : refOf.get(c.guardianId)!,
      scope: c.scope,
      decision: c.decision,
      decidedOn: c.decidedOn,
      method: c.method,
    })),
    caseworker,
  };
}

export async function makeReferral(
  ctx: ServiceContext,
  input: {
    partnerId: number;
    folder: string;
    referrals: { childId: number; programme: string; consents: ConsentIn[] }[];
  },
): Promise<Made> {
  const partner = await requireUsablePartner(ctx.db, input.partnerId);
  const on = today(ctx);
  const items: ReferralItem[] = [];
  const newSubjects: { childId: number; ref: string }[] = [];
  for (const [i, r] of input.referrals.entries()) {
    const row = await getChildRow(ctx.db, r.childId);
    if (!row) throw new AppFailure('notFound');
    if (birthYearOf(row) === null) throw new AppFailure('exchange.referralNeedsBirthYear', { params: { number: String(i + 1) } });
    const guardians = await getGuardianRows(ctx.db, row.id);
    checkConsent(row, guardians, r.consents, on, i + 1);
    // A child once per package: one reference per child and partner.
    if (input.referrals.findIndex((other) => other.childId === r.childId) !== i)
      throw new AppFailure('validation', { fields: { [`referrals.${i}.childId`]: 'field.invalid' } });
    const subject = await subjectOfChild(ctx.db, partner.id, row.id);
    const ref = subject?.subject_ref ?? randomUUID();
    if (!subject) newSubjects.push({ childId: row.id, ref });
    items.push(itemOf(row, guardians, r.consents, r.programme, ref, on));
  }
  const made = await makeFor(ctx, {
    partner,
    kind: 'referral',
    files: [jsonFile('content.json', { referrals: items })],
    items: items.length,
    folder: input.folder,
    childIds: input.referrals.map((r) => r.childId),
  });
  for (const s of newSubjects)
    await insertSubject(ctx.db, {
      partner_id: partner.id,
      subject_ref: s.ref,
      child_id: s.childId,
      enrolment_id: null,
      source_package_id: made.packageId,
      group_name: '',
      group_start: null,
      notice_package_id: null,
      notice_received_at: null,
    });
  return { path: made.path, packageId: made.packageId, bytes: made.bytes };
}
