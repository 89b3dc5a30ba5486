// A save made in Node, at a chosen step of a case's winning route, for browser tests that
// are about a later moment (the first cross-examination heard by a screen reader, the
// objection beat, a student's hand-in at the end of a case): the page starts there by Continue
// instead of being played to it line by line. That a restored game looks exactly like a
// played one is a test of its own (tests/story/restoredLooksPlayed.test.ts), so starting from
// a save loses no coverage; each case is still played whole by keyboard once (prologue,
// drammen and sittings .e2e.test.ts).
import type { Browser, Page } from 'playwright-core';
import { GameStorage, MemoryStorage } from '../../src/save/storage';
import { SaveStore } from '../../src/save/saveGame';
import { CaseSession } from '../../src/story/caseSession';
import { nameKey } from '../../src/classroom/players';
import { replay } from '../helpers/replay';
import { caseRoute } from './caseRoute';
import { openGame, saveSettled } from './browser';

/** The stored save after the route's steps before `stop` (and the lines after them). */
export function saveAfter(id: string, stop: number): { key: string; value: string } {
  const { content, route } = caseRoute(id);
  const session = new CaseSession(content, { strict: true });
  for (const _ of replay(session, route.slice(0, stop))) void _;
  const storage = new GameStorage(new MemoryStorage());
  const store = new SaveStore(storage);
  store.write(content, session.save());
  return { key: `exhibit-1937/save/${id}`, value: store.raw(id)! };
}

/** Opens the game with that save on the device and continues it from the title. */
export async function continueFrom(browser: Browser, id: string, stop: number, opts: Parameters<typeof openGame>[1] = {}): Promise<Page> {
  const { key, value } = saveAfter(id, stop);
  // On the device before the game first loads, as after an earlier visit (one page load, not two).
  const page = await openGame(browser, { ...opts, localStorage: { ...opts.localStorage, [key]: value, 'exhibit-1937/last': id } });
  await pressContinue(page);
  return page;
}

/** Continue on the title (the save of the case last played). */
async function pressContinue(page: Page): Promise<void> {
  await page.click('#btn-continue');
  await page.waitForFunction(() => (window as any).__TEST__.courtroom?.session && !document.documentElement.dataset.busy);
}

/** Reloads the page and presses Continue on the title (the save of the case last played). */
async function continueAfterReload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await pressContinue(page);
}

/**
 * Carries the page's own game on in Node: its stored save (the player's of this tab, if a
 * student's name was given) is restored into a session, `play` takes the steps a player would
 * (the route's, or wrong presents for a guessing student), and the page continues from the
 * result by reload and Continue, as after closing the tab. What the student did in the page
 * stays in the log (and so in the report); only the steps between are not played on screen.
 */
export async function playOnInNode(page: Page, id: string, play: (session: CaseSession, route: string[]) => void): Promise<void> {
  await saveSettled(page);
  const player = await page.evaluate(() => sessionStorage.getItem('exhibit-1937/tab-player'));
  const key = player ? `exhibit-1937/player/${encodeURIComponent(nameKey(player))}/save/${id}` : `exhibit-1937/save/${id}`;
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  if (raw === null) throw new Error(`no save of ${id} at ${key}`);
  const { content, route } = caseRoute(id);
  const storage = new GameStorage(new MemoryStorage());
  storage.set(`save/${id}`, raw);
  const store = new SaveStore(storage);
  const restored = store.restore(content, { strict: true });
  if (!restored.ok) throw new Error(`the page's save of ${id} does not restore: ${restored.message}`);
  play(restored.session, route);
  store.write(content, restored.session.save());
  await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: key, v: store.raw(id)! });
  await continueAfterReload(page);
}

/** Plays the route's steps [from, stop) on a session (and the lines after them). */
export function routeSteps(from: number, stop: number): (session: CaseSession, route: string[]) => void {
  return (session, route) => {
    for (const _ of replay(session, route.slice(from, stop))) void _;
  };
}
