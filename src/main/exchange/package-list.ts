// The packages made and opened here, newest first: which are confirmed.
import type { z } from 'zod';
import type { ChildPackage, packageRecord } from '../../shared/ipc/exchange';
import type { ReadDb } from '../db/handles';
import { packageRows, packagesOfChild } from './exchange-repository';

export async function listPackages(db: ReadDb, limit: number): Promise<z.infer<typeof packageRecord>[]> {
  return (await packageRows(db, limit)).map((r) => ({
    packageId: r.package_id,
    direction: r.direction,
    kind: r.kind,
    partnerId: r.partner_id,
    createdAt: r.created_at,
    handledAt: r.handled_at,
    items: r.item_count,
    answersPackageId: r.answers_package_id,
    receiptAt: r.receipt_at,
  }));
}

/** What was sent to partners about one child (referrals, consent changes) and whether a receipt confirmed it. */
export async function listChildPackages(db: ReadDb, childId: number): Promise<ChildPackage[]> {
  return (await packagesOfChild(db, childId)).map((r) => ({
    packageId: r.package_id,
    kind: r.kind,
    partnerId: r.partner_id,
    partnerName: r.organisation_name,
    createdAt: r.created_at,
    receiptAt: r.receipt_at,
  }));
}
