// What the first-run wizard collects, and its checks (the contract's own schema).
import type { FieldErrors } from '../../api/zod-fields';
import { validate } from '../../api/zod-fields';
import { contract } from '../../../../shared/ipc/contract';

export interface SetupValues {
  organisationName: string;
  username: string;
  displayName: string;
  password: string;
  passwordRepeat: string;
}

export const emptySetupValues: SetupValues = {
  organisationName: '',
  username: '',
  displayName: '',
  password: '',
  passwordRepeat: '',
};

const setupSchema = contract['installation:setup'].input;

export const setupInput = (v: SetupValues) => ({
  organisationName: v.organisationName,
  admin: { username: v.username, displayName: v.displayName, password: v.password },
});

export function organisationStepErrors(v: SetupValues): FieldErrors {
  return prefixed(validate(setupSchema.shape.organisationName, v.organisationName), 'organisationName');
}

export function adminStepErrors(v: SetupValues): FieldErrors {
  const errors = prefixed(validate(setupSchema.shape.admin, setupInput(v).admin), 'admin');
  if (!errors['admin.password'] && v.password !== v.passwordRepeat)
    errors.passwordRepeat = 'password.mismatch';
  return errors;
}

/** Puts a schema's root-level errors under `path` (a field schema reports its own error at `_`). */
function prefixed(errors: FieldErrors, path: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors)) out[key === '_' ? path : `${path}.${key}`] = value;
  return out;
}
