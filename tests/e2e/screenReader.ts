// The virtual screen reader (@guidepup/virtual-screen-reader) inside the game's page: it
// listens as a screen reader would, to focus moves and to the live regions, and keeps the
// log of what it would say. Its browser bundle is loaded into the page by the test only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let bundle: string | null = null;

function source(): string {
  if (bundle) return bundle;
  const file = require.resolve('@guidepup/virtual-screen-reader/browser.js');
  const text = readFileSync(file, 'utf8');
  const m = /export\{([\w$]+) as Virtual,([\w$]+) as virtual\};?/.exec(text);
  if (!m) throw new Error('unexpected shape of the virtual screen reader bundle');
  bundle = text.replace(m[0], `window.__vsr=${m[2]};`).replace(/\/\/# sourceMappingURL=.*$/m, '');
  return bundle;
}

/** Starts the virtual screen reader on the page's body. */
export async function startReader(page: Page): Promise<void> {
  await page.addScriptTag({ type: 'module', content: source() });
  await page.waitForFunction(() => '__vsr' in window);
  await page.evaluate(async () => {
    await (window as any).__vsr.start({ container: document.body });
  });
}

/** Waits until the game's announcer has said everything it queued. */
export async function quiet(page: Page): Promise<void> {
  await page.waitForSelector('html:not([data-announcing]):not([data-busy])', { state: 'attached' });
}

/** Everything the reader said so far (focus and live regions), whitespace collapsed. */
export async function spoken(page: Page): Promise<string[]> {
  await quiet(page);
  const log = (await page.evaluate(() => (window as any).__vsr.spokenPhraseLog() as string[])) ?? [];
  return log.map(norm);
}

/** What the reader heard from the polite live regions, "polite: " taken off. */
export async function announced(page: Page): Promise<string[]> {
  return (await spoken(page)).filter((p) => p.startsWith('polite: ')).map((p) => p.slice('polite: '.length));
}

export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Each expected phrase is found, in this order, among what was announced since `from`
 * (a predicate or a text the announcement must contain). Returns the index after the last.
 */
export function inOrder(said: string[], expected: Array<string | RegExp>, from = 0): number {
  let at = from;
  for (const e of expected) {
    const i = said.findIndex((s, k) => k >= at && (typeof e === 'string' ? s.includes(norm(e)) : e.test(s)));
    if (i < 0) {
      const tail = said.slice(Math.max(from, at - 3), at + 12).map((s) => `  ${s.slice(0, 140)}`).join('\n');
      throw new Error(`not announced (in order): ${String(e)}\nafter:\n${tail}`);
    }
    at = i + 1;
  }
  return at;
}
