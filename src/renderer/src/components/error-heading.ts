// The heading an error alert gets when its screen gives none: "Något gick fel"
// is kept for real faults; a rule refusing an action says so instead.
import { isFault } from '../../../shared/error-codes';

export function errorHeading(
  code: string,
): 'common.validationTitle' | 'common.refusedTitle' | 'common.errorTitle' {
  if (code === 'validation') return 'common.validationTitle';
  return isFault(code) ? 'common.errorTitle' : 'common.refusedTitle';
}
