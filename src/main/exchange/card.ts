// Making, reading and checking contact cards, and the fingerprint people read
// to each other over the phone before a partner is trusted.
import { createHash } from 'node:crypto';
import {
  cardFormat,
  cardSigningText,
  contactCard,
  type ContactCard,
  type UnsignedCard,
} from '../../shared/exchange/card-format';
import { signBytes, verifyBytes } from './signing-keys';

/**
 * Six groups of five digits (about 100 bits) from SHA-256 over both public
 * keys: the same on both screens exactly when the keys are the same.
 */
export function fingerprint(ageRecipient: string, signingKey: string): string {
  const hash = createHash('sha256').update(`iop-desk-fingerprint/1\n${ageRecipient}\n${signingKey}\n`).digest();
  const groups: string[] = [];
  for (let i = 0; i < 6; i++) {
    const n = hash.readUIntBE(i * 5, 5) % 100000;
    groups.push(String(n).padStart(5, '0'));
  }
  return groups.join(' ');
}

export function signCard(
  card: Omit<UnsignedCard, 'format'>,
  privateKeyPem: string,
  previousPrivateKeyPem: string | null,
): ContactCard {
  const unsigned: UnsignedCard = { format: cardFormat, ...card };
  const text = Buffer.from(cardSigningText(unsigned), 'utf8');
  return {
    ...unsigned,
    signature: signBytes(privateKeyPem, text).toString('base64'),
    previousSignature: previousPrivateKeyPem ? signBytes(previousPrivateKeyPem, text).toString('base64') : null,
  };
}

export const cardFileText = (card: ContactCard): string => `${JSON.stringify(card, null, 2)}\n`;

/** The card in a file, with its own signature (and the previous key's) checked; null if it is not one. */
export function readCard(bytes: Uint8Array): ContactCard | null {
  if (bytes.length > 16 * 1024) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
  const result = contactCard.safeParse(parsed);
  if (!result.success) return null;
  const card = result.data;
  const text = Buffer.from(cardSigningText(card), 'utf8');
  if (!verifyBytes(card.signingKey, text, Buffer.from(card.signature, 'base64'))) return null;
  if ((card.previousSigningKey === null) !== (card.previousSignature === null)) return null;
  if (
    card.previousSigningKey !== null &&
    !verifyBytes(card.previousSigningKey, text, Buffer.from(card.previousSignature ?? '', 'base64'))
  )
    return null;
  return card;
}
