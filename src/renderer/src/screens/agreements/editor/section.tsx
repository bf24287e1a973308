// One section of the editor: a fieldset with a visible legend and an id the
// table of contents links to. Disabled as a whole when it may not change.
import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({
  id,
  legend,
  disabled,
  children,
}: {
  id: string;
  legend: string;
  disabled: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset id={id} className="agr-section" disabled={disabled}>
      <legend>{legend}</legend>
      <Stack gap="sm">{children}</Stack>
    </fieldset>
  );
}
