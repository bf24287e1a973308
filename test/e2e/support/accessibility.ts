// Runs axe on the current screen (WCAG 2.0/2.1 A and AA rules) and fails on
// any serious or critical violation, listing each one readably.
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
