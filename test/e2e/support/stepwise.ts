// For a file whose tests are consecutive steps of one flow: once a step fails,
// the later steps are skipped instead of failing on a screen they never reached.
import { beforeEach } from 'vitest';

export function stepwise(): void {
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip('an earlier step failed');
    context.onTestFailed(() => {
      failed = true;
    });
  });
}
