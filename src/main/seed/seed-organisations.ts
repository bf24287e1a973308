// Invented organisations (never real ones): names made of common parts, valid
// organisation numbers (Luhn check digit, third digit 2 or higher), addresses,
// contacts and, for non-profits, a filled-in requirements checklist.
import { luhnCheckDigit } from '../../shared/identity/luhn';
import { organisationInput, type OrganisationData } from '../../shared/ipc/organisations';
import { organisationRequirements, requirementStatuses } from '../../shared/organisations/requirements';
import type { SeedRandom } from './seed-random';

const places = ['Norrby', 'Söderås', 'Västerlund', 'Österhamn', 'Bergvik', 'Ekdala', 'Sjöholm', 'Lindås', 'Granby', 'Ängsbacka'];
const nonprofitNames = [
  'Stödföreningen för barn i',
  'Barnens röst i',
  'Föreningen Trygga barn',
  'Ideella föreningen Gemenskap',
  'Familjestödet i',
  'Ungdomsforum',
  'Mötesplatsen',
  'Stiftelsen Vägledning',
];
const streets = ['Storgatan', 'Kyrkvägen', 'Skolgatan', 'Parkvägen', 'Hamngatan', 'Björkallén', 'Torggatan'];
const firstNames = ['Anna', 'Erik', 'Maria', 'Johan', 'Sara', 'Ali', 'Fatima', 'Lars', 'Elin', 'Omar', 'Karin', 'Nils'];
const lastNames = ['Lindqvist', 'Berg', 'Holm', 'Nyström', 'Ekström', 'Sandberg', 'Åkesson', 'Hassan', 'Lund', 'Falk'];
const contactRoles = ['Verksamhetschef', 'Samordnare', 'Ordförande', 'Kassör', 'Gruppledare'];

/** A valid organisation number whose serial part comes from `serial` (unique serials give unique numbers). */
export function inventedOrgNumber(prefix: '80' | '21' | '23' | '20', serial: number): string {
  const body = `${prefix}2${String(serial).padStart(6, '0')}`.slice(0, 9);
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`;
}

function contact(random: SeedRandom) {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const mail = `${first}.${last}`.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');
  return {
    name: `${first} ${last}`,
    role: random.pick(contactRoles),
    phone: `0${10 + random.int(89)}-${100 + random.int(899)} ${10 + random.int(89)} ${10 + random.int(89)}`,
    email: `${mail}@exempel.se`,
  };
}

export function inventedOrganisations(count: number, random: SeedRandom): OrganisationData[] {
  const list: OrganisationData[] = [];
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!;
    const publicBody = i % 5 === 0;
    const raw = {
      name: publicBody
        ? `${place} kommun, socialförvaltningen${i >= places.length * 5 ? ` ${Math.floor(i / 5) + 1}` : ''}`
        : `${random.pick(nonprofitNames)} ${place} ${i + 1}`,
      kind: publicBody ? ('municipality' as const) : ('nonprofit' as const),
      orgNumber: inventedOrgNumber(publicBody ? '21' : '80', 100000 + i),
      address: { street: `${random.pick(streets)} ${1 + random.int(80)}`, postalCode: `${100 + random.int(800)} ${10 + random.int(89)}`, city: place },
      paymentAccount: null,
      contacts: Array.from({ length: 1 + random.int(3) }, () => contact(random)),
      requirements: publicBody
        ? []
        : organisationRequirements.map((requirement) => ({
            requirement,
            status: random.pick(requirementStatuses),
            comment: '',
            checkedOn: '2026-01-15',
          })),
    };
    list.push(organisationInput.parse(raw));
  }
  return list;
}
