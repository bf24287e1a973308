// Codes of every error a user can meet. Each has a Swedish and an English text
// in the message catalogues (i18n/sv.ts, i18n/en.ts).
export const errorCodes = [
  'validation',
  'forbidden',
  'locked',
  'notFound',
  'conflict',
  'internal',
  'untrustedSender',
  'unknownChannel',
  'passwordChangeRequired',
  'installation.exists',
  'installation.missing',
  'database.newerVersion',
  'database.cannotOpen',
  'auth.wrongCredentials',
  'auth.throttled',
  'auth.userDisabled',
  'auth.wrongRecoveryKey',
  'auth.samePassword',
  'users.usernameTaken',
  'users.cannotDisableSelf',
  'users.lastAdmin',
  'organisations.duplicateOrgNumber',
] as const;

export type ErrorCode = (typeof errorCodes)[number];
