import { VisuallyHidden } from '@mantine/core';

/** Tells screen readers that something is being waited for (the live region stays mounted). */
export function BusyStatus({ busy, label }: { busy: boolean; label: string }) {
  return <VisuallyHidden role="status">{busy ? label : ''}</VisuallyHidden>;
}
