import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password-strength';

describe('passwordStrength', () => {
  it('calls anything under 12 characters too short', () => {
    expect(passwordStrength('Kort-1!')).toBe('tooShort');
    expect(passwordStrength('elva-tecken')).toBe('tooShort');
  });

  it('calls repetitive passwords weak even when long', () => {
    expect(passwordStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passwordStrength('abababababababab')).toBe('weak');
  });

  it('rates longer and more varied passwords higher', () => {
    expect(passwordStrength('abcdefghijkl')).toBe('weak');
    expect(passwordStrength('abcdefghijk1')).toBe('fair');
    expect(passwordStrength('korrekt-häst-batteri-9')).toBe('strong');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordStrength('åäöåäöåäöåä')).toBe('tooShort');
  });
});
