// Unique accessible names for fields that repeat on a screen (issue 11): a
// board member's "Titel" and the agreement's "Titel" shared a name, so a form
// filled by label overwrote the agreement's title. A repeated row (a party, a
// year, a funding line, a member) is wrapped in <FieldScope name="…">, and its
// fields' labels in <ScopedLabel>: the label looks the same, and screen
// readers and label look-ups hear "Titel – ledamot 2, samverkansorgan 1". Scopes nest
// ("Betalare – finansiering 2, budgetår 1"). The e2e accessibility check fails on
// any screen where two fields still share a name.
import { VisuallyHidden } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';

const ScopeContext = createContext<readonly string[]>([]);

export function FieldScope({ name, children }: { name: string; children: ReactNode }) {
  const outer = useContext(ScopeContext);
  return <ScopeContext.Provider value={[name, ...outer]}>{children}</ScopeContext.Provider>;
}

/** A field's label, with the rows it sits in added for assistive technology only. */
export function ScopedLabel({ children }: { children: string }) {
  const scope = useContext(ScopeContext);
  if (scope.length === 0) return children;
  return (
    <>
      {children}
      <VisuallyHidden>{` – ${scope.join(', ')}`}</VisuallyHidden>
    </>
  );
}
