import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, injectNonce, newNonce } from './content-security-policy';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('content security policy', () => {
  test('allows only the app itself, inline styles only with the nonce', () => {
    expect(directives(contentSecurityPolicy('abc123'))).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'nonce-abc123'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-src': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  test('nothing remote, no unsafe keywords', () => {
    const policy = contentSecurityPolicy(newNonce());
    expect(policy).not.toMatch(/https?:|wss?:|\*|unsafe-inline|unsafe-eval|unsafe-hashes/);
  });

  test('nonces are 128 random bits and never repeat', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  test('the nonce replaces every placeholder in the page', () => {
    expect(injectNonce('<a n="__CSP_NONCE__"></a><b n="__CSP_NONCE__"></b>', 'xyz')).toBe(
      '<a n="xyz"></a><b n="xyz"></b>',
    );
  });
});
