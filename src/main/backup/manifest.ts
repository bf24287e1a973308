// manifest.json, the first entry of every backup: what the backup holds and
// how to check it. No personal data: counts and hashes only.
import { z } from 'zod';

export const backupFormat = 'iop-desk-backup';
export const backupFormatVersion = 1;

/** Entry names inside the tar, in the order they are written. */
export const entryNames = {
  manifest: 'manifest.json',
  keyring: 'keyring.json',
  databaseKey: 'database-key.txt',
  database: 'iop-desk.db',
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const tableDigestSchema = z.object({ name: z.string(), rows: z.number().int().min(0), sha256: sha256Hex });
export type TableDigest = z.infer<typeof tableDigestSchema>;

export const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().min(1),
  backupId: z.uuid(),
  kind: z.enum(['manual', 'scheduled', 'safety']),
  appVersion: z.string(),
  /** The latest migration applied to the snapshot. */
  schemaVersion: z.string(),
  migrations: z.array(z.string()),
  createdAt: z.string(),
  installationId: z.string(),
  database: z.object({ sizeBytes: z.number().int().min(0), cipher: z.literal('sqlcipher4-raw-key') }),
  tables: z.array(tableDigestSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Only the format fields, read first so a newer format is reported as such rather than as damage. */
export const manifestHead = z.object({ format: z.string(), formatVersion: z.number(), appVersion: z.string().optional() });
