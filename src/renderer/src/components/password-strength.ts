// A rough strength estimate shown while a password is typed. Only a hint: the
// rule main enforces is the 12-character minimum.
export type PasswordStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

export const minPasswordLength = 12;

export function passwordStrength(password: string): PasswordStrength {
  const length = [...password].length;
  if (length < minPasswordLength) return 'tooShort';
  const classes = [/[a-zåäö]/, /[A-ZÅÄÖ]/, /\d/, /[^a-zåäöA-ZÅÄÖ\d]/].filter((re) =>
    re.test(password),
  ).length;
  const distinct = new Set(password.toLowerCase()).size;
  if (distinct < Math.min(8, length / 2)) return 'weak';
  if (length >= 20 || (length >= 16 && classes >= 2) || (length >= 14 && classes >= 3)) return 'strong';
  if (length >= 14 || classes >= 2) return 'fair';
  return 'weak';
}
