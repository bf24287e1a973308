// age writes base64 without padding in its header.
export const toBase64NoPad = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

export function fromBase64NoPad(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64');
  // Canonical encoding only: re-encoding must give the same text.
  return toBase64NoPad(bytes) === text ? bytes : null;
}
