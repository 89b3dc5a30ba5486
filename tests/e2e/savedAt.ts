// A save made in Node, at a chosen step of a case's winning route, for browser tests that
// are about a later moment (the first cross-examination heard by a screen reader, the
// objection beat): the page starts there by Continue instead of being played to it line by
// line. That a restored game looks exactly like a played one is a test of its own
// (tests/story/restoredLooksPlayed.test.ts), so starting from a save loses no coverage.
import type { Page } from 'playwright-core';
import { GameStorage, MemoryStorage } from '../../src/save/storage';
import { SaveStore } from '../../src/save/saveGame';
import { CaseSession } from '../../src/story/caseSession';
import { replay } from '../helpers/replay';
import { caseRoute } from './caseRoute';
import { openGame } from './browser';
import type { Browser } from 'playwright-core';

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
  const save = saveAfter(id, stop);
  const page = await openGame(browser, opts);
  await page.evaluate(({ key, value, id }) => {
    localStorage.setItem(key, value);
    localStorage.setItem('exhibit-1937/last', id);
  }, { ...save, id });
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.click('#btn-continue');
  await page.waitForFunction(() => (window as any).__TEST__.courtroom?.session && !document.documentElement.dataset.busy);
  return page;
}
