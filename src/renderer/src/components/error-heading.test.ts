import { describe, expect, it } from 'vitest';
import { errorCodes, faultCodes } from '../../../shared/error-codes';
import { sv } from '../i18n/sv';
import { errorHeading } from './error-heading';

describe('the heading of an error alert', () => {
  it('a rule refusal is not "Något gick fel"', () => {
    for (const code of [
      'attendance.futureSession',
      'supportGroups.groupFull',
      'conflict',
      'forbidden',
      'auth.throttled',
    ])
      expect(sv[errorHeading(code)], code).toBe('Åtgärden kan inte genomföras');
  });

  it('"Något gick fel" is kept for real faults and unknown codes', () => {
    for (const code of [...faultCodes, 'something.new'])
      expect(sv[errorHeading(code)], code).toBe('Något gick fel');
  });

  it('every code gets exactly one heading, and only the fault list says something went wrong', () => {
    const wrong = errorCodes.filter((code) => errorHeading(code) === 'common.errorTitle');
    expect([...wrong].sort()).toEqual([...faultCodes].sort());
    expect(errorHeading('validation')).toBe('common.validationTitle');
  });
});
