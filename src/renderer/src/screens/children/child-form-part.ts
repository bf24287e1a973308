// What each part of the child form is given: the values, a way to change them
// (clearing the named fields' errors) and a field's translated error.
import type { ChildFormValues } from './child-form-values';

export interface ChildFormPart {
  values: ChildFormValues;
  update(change: (v: ChildFormValues) => ChildFormValues, ...paths: string[]): void;
  err(path: string): string | undefined;
}
