import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The one <h1> of a screen. Focusable from script, so navigation can move focus to it. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} tabIndex={-1} size="h2">
      {children}
    </Title>
  );
}
