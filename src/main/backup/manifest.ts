// manifest.json, the first entry of every backup: what the backup holds and
// how to check it. No personal data: counts and hashes only.
//
// Format 1 (earlier versions): a SHA-256 per table, no proof of origin.
// Format 2: the database file's pages as they are on disk, a row count per
// table, the audit chain head, the key fingerprint; a last entry, seal.json,
// carries the SHA-256 of every entry (the database's hashed as it streamed)
// and a MAC over them with a key derived from the installation's master key.
import { z } from 'zod';

export const backupFormat = 'iop-desk-backup';
export const backupFormatVersion = 2;

/** Entry names inside the tar, in the order they are written. */
export const entryNames = {
  manifest: 'manifest.json',
  keyring: 'keyring.json',
  databaseKey: 'database-key.txt',
  database: 'iop-desk.db',
  /** Format 2 only: hashes of the entries above and their MAC. */
  seal: 'seal.json',
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** 128 bits of HKDF(master key), as 8 groups of 4 hex digits. */
export const keyFingerprintPattern = /^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/;

export const tableDigestSchema = z.object({ name: z.string(), rows: z.number().int().min(0), sha256: sha256Hex });
export type TableDigest = z.infer<typeof tableDigestSchema>;

const common = {
  format: z.literal(backupFormat),
  backupId: z.uuid(),
  kind: z.enum(['manual', 'scheduled', 'safety']),
  appVersion: z.string(),
  /** The latest migration applied to the database. */
  schemaVersion: z.string(),
  migrations: z.array(z.string()),
  createdAt: z.string(),
  installationId: z.string(),
};

const manifestV1 = z.object({
  ...common,
  formatVersion: z.literal(1),
  database: z.object({ sizeBytes: z.number().int().min(0), cipher: z.literal('sqlcipher4-raw-key') }),
  tables: z.array(tableDigestSchema),
});

export const auditHeadSchema = z.strictObject({
  /** The last audit entry's id and chain hash, and the number of entries. */
  lastId: z.number().int().min(0),
  hash: z.string(),
  count: z.number().int().min(0),
});
export type AuditHead = z.infer<typeof auditHeadSchema>;

const manifestV2 = z.strictObject({
  ...common,
  formatVersion: z.literal(2),
  keyFingerprint: z.string().regex(keyFingerprintPattern),
  database: z.strictObject({
    sizeBytes: z.number().int().min(0),
    pageSize: z.number().int().min(512).max(65536),
    cipher: z.literal('sqlcipher4-raw-key'),
  }),
  tables: z.array(z.strictObject({ name: z.string(), rows: z.number().int().min(0) })),
  /** null only when the database has no audit entries. */
  auditHead: auditHeadSchema.nullable(),
});

export const manifestSchema = z.discriminatedUnion('formatVersion', [manifestV1, manifestV2]);
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestV2 = z.infer<typeof manifestV2>;

/** Only the format fields, read first so a newer format is reported as such rather than as damage. */
export const manifestHead = z.object({ format: z.string(), formatVersion: z.number(), appVersion: z.string().optional() });

export const sealFormat = 'iop-desk-backup-seal';
export const sealEntrySchema = z.strictObject({ name: z.string(), size: z.number().int().min(0), sha256: sha256Hex });
export type SealEntry = z.infer<typeof sealEntrySchema>;

export const sealSchema = z.strictObject({
  format: z.literal(sealFormat),
  version: z.literal(1),
  /** manifest, keyring, database key and database, in that order. */
  entries: z.array(sealEntrySchema).length(4),
  mac: z.strictObject({
    algorithm: z.literal('HMAC-SHA256'),
    key: z.literal('HKDF-SHA256(master key, info "iop-desk backup seal v1")'),
    value: sha256Hex,
  }),
});
export type Seal = z.infer<typeof sealSchema>;
