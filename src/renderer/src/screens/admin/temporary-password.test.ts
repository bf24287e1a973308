import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/ipc/contract';
import { temporaryPassword } from './temporary-password';

describe('temporaryPassword', () => {
  it('gives four groups of four unambiguous characters that the contract accepts', () => {
    const password = temporaryPassword();
    expect(password).toMatch(/^[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}$/);
    const parsed = contract['users:resetPassword'].input.safeParse({
      userId: 1,
      temporaryPassword: password,
    });
    expect(parsed.success).toBe(true);
  });

  it('skips random bytes that would make some characters likelier', () => {
    const bytes = [255, 250, 248, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    let next = 0;
    const password = temporaryPassword(() => new Uint8Array([bytes[next++] ?? 0]));
    expect(password).toBe('abcd-efgh-jkmn-pqrs');
  });

  it('differs between calls', () => {
    expect(temporaryPassword()).not.toBe(temporaryPassword());
  });
});
