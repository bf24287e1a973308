// The stored chain head: the audit chain's newest entry as this installation
// last saw it, MAC'd with a key derived from the master key and kept in the
// keyring file. A database whose chain does not contain it was rolled back,
// truncated or rewritten. Without the master key the head cannot be forged;
// with it, both can be rewritten (see README-audit.md).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hkdfSha256 } from '../keyring/hkdf';
import type { ReadDb } from '../db/handles';
import type { StoredAuditHead } from '../keyring/keyring-file';
import { chainEntry, readChainHead, type ChainHead } from './audit-repository';

/** HKDF-SHA256 of the master key, bound to the installation; the caller zeroes it. */
export function deriveHeadKey(masterKey: Buffer, installationId: string): Buffer {
  return hkdfSha256(masterKey, `iop-desk/${installationId}`, 'audit-head/v1', 32);
}

type HeadFields = Omit<StoredAuditHead, 'mac'>;

function headMac(key: Buffer, installationId: string, head: HeadFields): string {
  const canonical = JSON.stringify(['iop-desk-audit-head', 1, installationId, head.lastId, head.hash, head.count, head.at, head.lockedSeq]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

export function signHead(key: Buffer, installationId: string, head: ChainHead, lockedSeq: number): StoredAuditHead {
  const fields: HeadFields = { lastId: head.lastId, hash: head.hash, count: head.count, at: head.at, lockedSeq };
  return { ...fields, mac: headMac(key, installationId, fields) };
}

export function headMacValid(key: Buffer, installationId: string, stored: StoredAuditHead): boolean {
  const expected = Buffer.from(headMac(key, installationId, stored), 'hex');
  const actual = Buffer.from(stored.mac, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** What a chain lacks compared with a head it should contain. */
export type HeadMismatch =
  /** The chain ends before the head: entries fromId..toId are gone (rolled back, WAL deleted, tail dropped). */
  | { kind: 'missing'; fromId: number; toId: number; chainEndsAt: string | null; headAt: string | null }
  /** The entry at the head's place is another one: the chain was replaced or rewritten. */
  | { kind: 'rewritten'; atId: number; headAt: string | null }
  /** The head's entry is there, but fewer entries lead up to it. */
  | { kind: 'deleted'; atId: number; expected: number; found: number; headAt: string | null };

/** Whether the chain in `db` contains `head`; a chain that has grown past it does. */
export async function compareWithHead(db: ReadDb, head: Pick<ChainHead, 'lastId' | 'hash' | 'count' | 'at'>): Promise<HeadMismatch | null> {
  if (head.lastId === 0) return null;
  const entry = await chainEntry(db, head.lastId);
  if (!entry) {
    const now = await readChainHead(db);
    return { kind: 'missing', fromId: now.lastId + 1, toId: head.lastId, chainEndsAt: now.at, headAt: head.at };
  }
  if (entry.hash !== head.hash) return { kind: 'rewritten', atId: head.lastId, headAt: head.at };
  if (entry.countUpTo !== head.count) return { kind: 'deleted', atId: head.lastId, expected: head.count, found: entry.countUpTo, headAt: head.at };
  return null;
}

/** The mismatch as the audit entry's entity id: codes and numbers only, no personal data. */
export function mismatchEntityId(m: HeadMismatch): string {
  switch (m.kind) {
    case 'missing':
      return `missing=${m.fromId}-${m.toId};chainEnds=${m.chainEndsAt ?? ''};head=${m.headAt ?? ''}`;
    case 'rewritten':
      return `rewritten=${m.atId};head=${m.headAt ?? ''}`;
    case 'deleted':
      return `deleted=${m.expected - m.found};upTo=${m.atId};head=${m.headAt ?? ''}`;
  }
}

// The printed head: one line an admin can file outside the machine and paste back.
const anchorPattern = /IOPDESK-LOGGHUVUD v1 id=(\d+) antal=(\d+) hash=([0-9a-f]{64})(?: tid=(\S+))?/;

export function anchorLine(head: ChainHead): string {
  return `IOPDESK-LOGGHUVUD v1 id=${head.lastId} antal=${head.count} hash=${head.hash}${head.at ? ` tid=${head.at}` : ''}`;
}

/** Reads the anchor line out of pasted text (the whole printout may be pasted); null when none is there. */
export function parseAnchor(text: string): ChainHead | null {
  const match = anchorPattern.exec(text.replace(/\s+/g, ' '));
  if (!match) return null;
  return { lastId: Number(match[1]), count: Number(match[2]), hash: match[3]!, at: match[4] ?? null };
}
