// axe-core on the whole document: a violation of any impact fails the test.
import type { Page } from 'playwright-core';
import axe from 'axe-core';
import { expect } from 'vitest';

export async function audit(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  expect.soft(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(' | ')}`), `axe on ${where}`).toEqual([]);
}
