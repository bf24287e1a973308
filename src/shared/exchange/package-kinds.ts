// The kinds of exchange package and who may import each (issue 15).
import type { Role } from '../roles';

export const packageKinds = ['referral', 'receipt', 'registrationNotice', 'consentChange', 'handBack', 'report'] as const;
export type PackageKind = (typeof packageKinds)[number];

/** Who may import a package of each kind: the coordinator takes referrals, the caseworker answers from the district. */
export const importRoles: Record<PackageKind, readonly Role[]> = {
  referral: ['coordinator'],
  consentChange: ['coordinator'],
  registrationNotice: ['caseworker'],
  handBack: ['caseworker'],
  report: ['caseworker'],
  receipt: ['caseworker', 'coordinator'],
};

/** Every imported package is confirmed with a receipt, except receipts. */
export const needsReceipt = (kind: PackageKind): boolean => kind !== 'receipt';

/** A package is refused when bigger than this (100 MB). */
export const maxPackageBytes = 100 * 1024 * 1024;

/** How long a package may be opened after it was made, unless the sender chose otherwise. */
export const defaultExpiryDays = 30;

/** The file name endings the app writes: a package and a contact card. */
export const packageExtension = 'iop.age';
export const cardExtension = 'iopkort';
