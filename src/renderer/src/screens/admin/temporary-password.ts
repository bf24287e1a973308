// A random temporary password for a new user or a reset: 4 groups of 4 from
// an alphabet without look-alikes (no 0/o, 1/l/i), easy to read out or write down.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

const randomBytes = (count: number): Uint8Array => crypto.getRandomValues(new Uint8Array(count));

export function temporaryPassword(random: (count: number) => Uint8Array = randomBytes): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    while (group.length < 4) {
      const [byte] = random(1);
      // Rejection sampling keeps every character equally likely.
      if (byte !== undefined && byte < 248) group += alphabet[byte % alphabet.length];
    }
    groups.push(group);
  }
  return groups.join('-');
}
