// The package on disk (README.md, "Partner exchange", "Format"): a standard age file,
// encrypted to the recipient's X25519 key (and optionally the sender's own),
// holding a plain ustar archive: manifest.json, manifest.sig (64 raw bytes,
// Ed25519 over manifest.json exactly as stored) and the content files. The
// manifest names the recipient's key, the package id, the kind, the creation
// time, the expiry and the SHA-256 of every content file, so the signature
// covers all of them.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { packageKinds, type PackageKind } from '../../shared/exchange/package-kinds';
import { AgeOpenError, decryptAge, encryptAge } from '../backup/age/age-file';
import { readTar } from '../backup/tar/tar-reader';
import { writeTar } from '../backup/tar/tar-writer';
import { signBytes, verifyBytes } from './signing-keys';

export const packageFormat = 'iop-desk-package/1';
const manifestName = 'manifest.json';
const signatureName = 'manifest.sig';

const fileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,60}$/);
export const manifestSchema = z
  .object({
    format: z.literal(packageFormat),
    packageId: z.uuid(),
    kind: z.enum(packageKinds),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    sender: z.object({ signingKey: z.string(), ageRecipient: z.string() }).strict(),
    recipient: z.object({ ageRecipient: z.string() }).strict(),
    files: z
      .array(
        z.object({ name: fileName, bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
      )
      .min(1)
      .max(20),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export interface PackageFile {
  name: string;
  data: Buffer;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of source) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

export interface MakeInput {
  packageId: string;
  kind: PackageKind;
  createdAt: Date;
  expiresAt: Date;
  sender: { signingKey: string; signingPrivateKey: string; ageRecipient: string };
  recipientAgeRecipient: string;
  /** Also encrypt to the sender's own key, for its archive. */
  alsoToSender: boolean;
  files: readonly PackageFile[];
}

export async function makePackage(input: MakeInput): Promise<Buffer> {
  const manifest: Manifest = {
    format: packageFormat,
    packageId: input.packageId,
    kind: input.kind,
    createdAt: input.createdAt.toISOString(),
    expiresAt: input.expiresAt.toISOString(),
    sender: { signingKey: input.sender.signingKey, ageRecipient: input.sender.ageRecipient },
    recipient: { ageRecipient: input.recipientAgeRecipient },
    files: input.files.map((f) => ({ name: f.name, bytes: f.data.length, sha256: sha256(f.data) })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = signBytes(input.sender.signingPrivateKey, manifestBytes);
  const entries = [
    { name: manifestName, data: manifestBytes },
    { name: signatureName, data: signature },
    ...input.files,
  ].map((f) => ({ name: f.name, size: f.data.length, mtime: input.createdAt, data: f.data }));
  const recipients = [input.recipientAgeRecipient];
  if (input.alsoToSender && input.sender.ageRecipient !== input.recipientAgeRecipient)
    recipients.push(input.sender.ageRecipient);
  return collect(encryptAge(writeTar(entries), { kind: 'recipients', recipients }));
}

/** Why the bytes are not an intact package for us (before any partner is looked at). */
export type UnpackFailure = 'notForUs' | 'damaged';

export interface Unpacked {
  manifest: Manifest;
  manifestBytes: Buffer;
  signature: Buffer;
  files: Map<string, Buffer>;
  /** Which of our identities opened it. */
  identityIndex: number;
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

async function decryptWithAny(bytes: Buffer, identities: readonly string[]): Promise<{ plain: Buffer; index: number } | UnpackFailure> {
  for (const [index, identity] of identities.entries()) {
    let payload: AsyncGenerator<Buffer>;
    try {
      payload = await decryptAge(once(bytes), { kind: 'identity', identity });
    } catch (error) {
      if (error instanceof AgeOpenError && error.reason === 'wrongSecret') continue;
      return 'damaged';
    }
    try {
      return { plain: await collect(payload), index };
    } catch {
      return 'damaged';
    }
  }
  return 'notForUs';
}

/** Decrypts and unpacks; checks the archive's shape and every file's hash against the manifest (not yet the signature). */
export async function unpackPackage(bytes: Buffer, identities: readonly string[]): Promise<Unpacked | UnpackFailure> {
  const opened = await decryptWithAny(bytes, identities);
  if (typeof opened === 'string') return opened;
  const files = new Map<string, Buffer>();
  try {
    for await (const entry of readTar(once(opened.plain))) {
      if (files.has(entry.name)) return 'damaged';
      files.set(entry.name, await collect(entry.body));
    }
  } catch {
    return 'damaged';
  }
  const manifestBytes = files.get(manifestName);
  const signature = files.get(signatureName);
  if (!manifestBytes || !signature) return 'damaged';
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    return 'damaged';
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) return 'damaged';
  const content = new Map<string, Buffer>();
  for (const f of manifest.data.files) {
    const data = files.get(f.name);
    if (!data || data.length !== f.bytes || sha256(data) !== f.sha256 || content.has(f.name)) return 'damaged';
    content.set(f.name, data);
  }
  if (files.size !== content.size + 2) return 'damaged';
  return { manifest: manifest.data, manifestBytes, signature, files: content, identityIndex: opened.index };
}

export const signatureValid = (unpacked: Unpacked, signingKey: string): boolean =>
  verifyBytes(signingKey, unpacked.manifestBytes, unpacked.signature);
