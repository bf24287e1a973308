// database-key.txt: the raw SQLCipher key of the database in the backup, with
// how to open it by hand. It exists only inside the age encryption.
export function databaseKeyText(masterKey: Buffer): string {
  const hex = masterKey.toString('hex');
  return [
    hex,
    '',
    `SV: iop-desk.db är krypterad med SQLCipher 4 och nyckeln ovan (rå 256-bitarsnyckel). Öppna den med sqlcipher 4: PRAGMA key = "x'${hex}'"; PRAGMA cipher_compatibility = 4;`,
    `EN: iop-desk.db is encrypted with SQLCipher 4 and the key above (raw 256-bit key). Open it with sqlcipher 4: PRAGMA key = "x'${hex}'"; PRAGMA cipher_compatibility = 4;`,
    `SQLite3 Multiple Ciphers: PRAGMA cipher = 'sqlcipher'; PRAGMA legacy = 4; PRAGMA key = "x'${hex}'";`,
    '',
  ].join('\n');
}

/** The key on the first line, or null if the text is not a database key file. */
export function parseDatabaseKeyText(text: string): Buffer | null {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  return /^[0-9a-f]{64}$/.test(first) ? Buffer.from(first, 'hex') : null;
}
