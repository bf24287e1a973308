// Runs axe on the current screen (WCAG 2.0/2.1 A and AA rules) and fails on
// any serious or critical violation, listing each one readably; then checks
// that no two fields on the screen share an accessible name (issue 11: a
// board member's "Titel" and the agreement's "Titel" did, so a form filled by
// label overwrote the agreement's title).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// axe-core itself is only a transitive dependency, so take its types from the builder.
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const failingImpacts = new Set(['serious', 'critical']);

export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const failing = results.violations.filter((violation) => failingImpacts.has(violation.impact ?? ''));
  if (failing.length > 0) {
    throw new Error(
      `axe found ${failing.length} serious/critical violation(s) on "${name}":\n\n${failing.map(describe).join('\n\n')}`,
    );
  }
  await expectUniqueFieldNames(page, name);
}

/** Roles a person fills in or chooses; radio buttons are named within their group. */
const fieldRoles = ['textbox', 'combobox', 'spinbutton', 'searchbox', 'checkbox', 'switch', 'slider', 'listbox'];
const fieldLine = new RegExp(`^\\s*- '?(${fieldRoles.join('|')})(?: "((?:[^"\\\\]|\\\\.)*)")?`);

/** Fields (by role and accessible name) that appear more than once in an ARIA snapshot, or have no name. */
export function duplicateFieldNames(snapshot: string): string[] {
  const seen = new Map<string, number>();
  for (const line of snapshot.split('\n')) {
    const match = fieldLine.exec(line);
    if (!match) continue;
    const key = `${match[1]} "${match[2] ?? ''}"`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([key, n]) => n > 1 || key.endsWith('""')).map(([key, n]) => `${key} ×${n}`);
}

export async function expectUniqueFieldNames(page: Page, name: string): Promise<void> {
  const duplicates = duplicateFieldNames(await page.locator('body').ariaSnapshot());
  if (duplicates.length > 0)
    throw new Error(`fields sharing an accessible name on "${name}":\n  ${duplicates.join('\n  ')}`);
}

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 8)
    .map(
      (node) =>
        `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
    )
    .join('\n');
  const more = violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : '';
  return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}${more}`;
}
