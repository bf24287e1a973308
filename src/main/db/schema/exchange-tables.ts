import type { Generated } from 'kysely';
import type { PackageKind } from '../../../shared/exchange/package-kinds';

/** This installation's exchange keys; the one not retired is current. */
export interface ExchangeIdentityTable {
  id: Generated<number>;
  organisation_name: string;
  org_number: string;
  installation_name: string;
  /** `AGE-SECRET-KEY-1…` */
  age_identity: string;
  /** `age1…` */
  age_recipient: string;
  /** Ed25519, PKCS#8 PEM. */
  signing_private_key: string;
  /** Ed25519 public key, base64 of the raw 32 bytes. */
  signing_key: string;
  card: string;
  created_at: string;
  created_by_user_id: number | null;
  retired_at: string | null;
}

export interface ExchangePartnerTable {
  id: Generated<number>;
  organisation_name: string;
  org_number: string;
  installation_name: string;
  age_recipient: string;
  signing_key: string;
  card_created_at: string;
  imported_at: string;
  imported_by_user_id: number | null;
  verified_at: string | null;
  verified_by_user_id: number | null;
  verified_by_name: string;
  rotated_at: string | null;
  disabled_at: string | null;
  organisation_id: number | null;
  district: string;
}

export interface ExchangePackageTable {
  id: Generated<number>;
  package_id: string;
  direction: 'in' | 'out';
  kind: PackageKind;
  partner_id: number;
  created_at: string;
  expires_at: string;
  handled_at: string;
  handled_by_user_id: number | null;
  item_count: number;
  answers_package_id: string | null;
  receipt_at: string | null;
}

export interface ExchangeSubjectTable {
  id: Generated<number>;
  partner_id: number;
  subject_ref: string;
  child_id: number;
  enrolment_id: number | null;
  source_package_id: string;
  group_name: string;
  group_start: string | null;
  notice_package_id: string | null;
  notice_received_at: string | null;
}

/** A file of a received hand-back package. */
export interface ExchangeReceivedFileTable {
  id: Generated<number>;
  package_id: string;
  name: string;
  data: Uint8Array;
  received_at: string;
}

/** Which children a package made here was about (referral, consent change). */
export interface ExchangePackageChildTable {
  id: Generated<number>;
  package_id: string;
  child_id: number;
}
