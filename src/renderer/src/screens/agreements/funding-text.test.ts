import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { fundingText } from './funding-text';

const names: Record<number, string> = { 1: 'Malmö stad', 2: 'Svenska Röda Korset', 3: 'Rädda Barnen' };
const nameOf = (id: number) => names[id] ?? '';
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('a share of the funding in the economy tab', () => {
  it('names the receiving organisation, so the umbrella city’s three shares are told apart', () => {
    const t = translator('sv');
    const shares = [2, 3].map((recipient) => ({
      payerOrganisationId: 1,
      recipientOrganisationId: recipient,
      amount: 27_000_000,
    }));
    expect(shares.map((s) => plain(fundingText(s, nameOf, t)))).toEqual([
      'Malmö stad till Svenska Röda Korset: 270 000 kr',
      'Malmö stad till Rädda Barnen: 270 000 kr',
    ]);
  });

  it('an own contribution says so, in both languages', () => {
    const own = { payerOrganisationId: 2, recipientOrganisationId: null, amount: 5_000_000 };
    expect(plain(fundingText(own, nameOf, translator('sv')))).toBe(
      'Svenska Röda Korset (egen insats): 50 000 kr',
    );
    expect(plain(fundingText(own, nameOf, translator('en')))).toBe(
      'Svenska Röda Korset (own contribution): 50 000 kr',
    );
  });
});
