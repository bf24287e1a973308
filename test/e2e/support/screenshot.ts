// Saves a full-page screenshot of the current screen under
// test/e2e/screenshots/<name>.png (git-ignored) for people to look at.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const screenshotDir = resolve('test/e2e/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Screenshot names are kebab-case: ${name}`);
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // A full-page capture of a scrolled page draws the fixed header mid-page.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
