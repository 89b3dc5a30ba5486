// Playwright-core driving Debian's Chromium, as a student's browser would run the game.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFailed } from 'vitest';

export const SCREENSHOTS = 'artifacts/screenshots';

/** Debian's headless Chromium (tools/ensure-chromium.mjs says why this build); CHROMIUM_PATH picks another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/**
 * Headless Chromium as on a machine without a usable GPU (software compositing, WebGL only
 * emulated): the stage then takes Phaser's Canvas renderer (stage.ts, rendererFor), as many school
 * machines will. `gpu: true` (or GPU=1) turns on WebGL on the emulated GPU (SwiftShader): the
 * tests that check the WebGL renderer on its pixels launch that way and open the game with
 * `renderer: 'webgl'` (the headless shell still copies each WebGL frame back to the page, so
 * those few tests are the slow ones).
 * The page's own pixels are rasterised on the CPU either way: rasterising a large table (a
 * timeline board) on the emulated GPU made each click take a second.
 */
export interface BrowserOptions {
  gpu?: boolean;
  /**
   * 'on-demand' (for files that never look at the stage): pages open with `art=on-demand`, so a
   * case started loads only the pictures it shows, not all its art ahead (stage.ts). The files
   * that check the stage keep the game's own way, 'ahead'.
   */
  art?: 'ahead' | 'on-demand';
}

export async function launch(opts: BrowserOptions = {}): Promise<Browser> {
  const gpu = opts.gpu ?? !!process.env.GPU;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--autoplay-policy=no-user-gesture-required',
      ...(gpu ? ['--enable-gpu', '--ignore-gpu-blocklist', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-rasterization'] : []),
      ...(process.env.EXTRA_ARGS ? process.env.EXTRA_ARGS.split(' ') : []),
    ],
  });
  if (gpu) onGpu.add(browser);
  return browser;
}

/** The art setting of the test file running now (a worker runs one file at a time): set by useBrowser. */
let fileArt: BrowserOptions['art'] = 'ahead';

/** Browsers composited on the emulated GPU: their pages draw the stage with WebGL unless told otherwise. */
const onGpu = new WeakSet<Browser>();

export interface OpenOptions {
  width?: number;
  height?: number;
  query?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * 'test' (the default): instant text and beats at a tenth of their length, so a playthrough
   * spends its time on what it checks, not on typing and banners. 'real': as a player first
   * meets them (the typewriter and the objection beat's own timing are tested this way).
   */
  pace?: 'test' | 'real';
  /** The stage's renderer, forced (`?renderer=`); by default the game chooses (stage.ts, rendererFor). */
  renderer?: 'webgl' | 'canvas';
  /** What the device's localStorage holds before the game first loads (a save to continue). */
  localStorage?: Record<string, string>;
}

export async function openGame(browser: Browser, opts: OpenOptions = {}): Promise<Page> {
  const storageState = opts.localStorage
    ? { cookies: [], origins: [{ origin: new URL(inject('baseUrl')).origin, localStorage: Object.entries(opts.localStorage).map(([name, value]) => ({ name, value })) }] }
    : undefined;
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1366, height: opts.height ?? 768 }, reducedMotion: opts.reducedMotion ?? 'reduce', storageState });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall|WebGL|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  (page as Page & { gameErrors: string[] }).gameErrors = errors;
  screenshotOnFailure(page);
  const fast = (opts.pace ?? 'test') === 'test';
  const renderer = opts.renderer ?? (onGpu.has(browser) ? 'webgl' : undefined);
  const art = fileArt === 'on-demand' ? '&art=on-demand' : '';
  await page.goto(`${inject('baseUrl')}?test=1${fast ? '&beats=fast' : ''}${art}${renderer ? `&renderer=${renderer}` : ''}${opts.query ? `&${opts.query}` : ''}`);
  await page.waitForSelector('html[data-ready="true"]');
  if (fast) await page.evaluate(() => (window as any).__TEST__.settings.update({ textSpeed: 'instant' }));
  return page;
}

export function gameErrors(page: Page): string[] {
  return (page as Page & { gameErrors: string[] }).gameErrors;
}

/**
 * Screenshots for people to look at (they assert nothing): written on a developer's machine; under
 * CI (CI=true) only when a test fails, unless SCREENSHOTS=1. Each one costs the browser ~0.15 s of
 * CPU to capture and encode, and the suite takes about ninety: ~7 s of a CI run spent on pictures
 * nobody opens.
 */
const EVERY_SCREENSHOT = !process.env.CI || process.env.SCREENSHOTS === '1';

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!EVERY_SCREENSHOT) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** When the test that opened this page fails, a screenshot of the page as it was (artifacts/screenshots/failed-*.png). */
function screenshotOnFailure(page: Page): void {
  try {
    onTestFailed(async ({ task }) => {
      if (page.isClosed()) return;
      mkdirSync(SCREENSHOTS, { recursive: true });
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await page.screenshot({ path: `${SCREENSHOTS}/failed-${name}.png`, timeout: 10_000 }).catch(() => undefined);
    });
  } catch {
    // Opened outside a test (in a hook): nothing to attach to.
  }
}

/** What the game is showing, read from the page (no internals). */
export type Phase = 'title' | 'line' | 'choices' | 'cross' | 'deduction' | 'board' | 'ended' | 'record';

export async function phase(page: Page): Promise<Phase> {
  for (;;) {
    const p = await readPhase(page);
    if (p !== 'busy') return p;
    // A case chunk is still loading, or the stage holds the text for its art or a banner:
    // wait for the game to say it is done (data-busy cleared), not for a fixed time.
    await page.waitForFunction(() => !document.documentElement.dataset.busy);
  }
}

async function readPhase(page: Page): Promise<'busy' | Phase> {
  return page.evaluate(async () => {
    if (document.documentElement.dataset.busy) return 'busy';
    // A playthrough that watches the stage (stagePixels.ts) looks at the canvas at each step.
    await (window as any).__stageWatch?.look();
    if (document.documentElement.dataset.busy) return 'busy';
    const visible = (sel: string) => {
      const el = document.querySelector<HTMLElement>(sel);
      return !!el && !el.hidden && el.offsetParent !== null;
    };
    if ((document.getElementById('record-dialog') as HTMLDialogElement).open) return 'record';
    if (!document.getElementById('title-screen')!.hidden) return 'title';
    if (visible('#testimony')) return 'cross';
    if (visible('#activity')) return document.getElementById('activity')!.classList.contains('board') ? 'board' : 'deduction';
    if (document.querySelectorAll('#choices button').length) return 'choices';
    if (document.getElementById('btn-next')!.textContent!.startsWith('Back to the title')) return 'ended';
    return 'line';
  });
}

export async function currentStatement(page: Page): Promise<string | null> {
  return page.getAttribute('#testimony .statement', 'data-statement');
}

/**
 * The browsers of this worker, one per kind (software compositing, or the emulated GPU), kept
 * from one test file to the next: the browser tests share a module graph per worker (isolate:
 * false in vitest.e2e.config.ts), so this map outlives a file. A fresh Chromium spends 1-2 s of
 * CPU on its first game page (its processes, caches and fonts warming up), against ~0.4 s for
 * each page after it; the fourteen files paid that once each. Each test still opens its own
 * context (its own storage), and Playwright closes the browsers when the worker exits.
 */
const workerBrowsers = new Map<boolean, Promise<Browser>>();

function workerBrowser(gpu: boolean): Promise<Browser> {
  let b = workerBrowsers.get(gpu);
  if (!b) {
    b = launch({ gpu });
    workerBrowsers.set(gpu, b);
    // One that crashed or was closed is launched again for the next file.
    void b.then((browser) => browser.on('disconnected', () => workerBrowsers.delete(gpu)));
  }
  return b;
}

/** This file's browser (its worker's), ready before its tests; `art` applies to every page the file opens. */
export function useBrowser(opts: BrowserOptions = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    fileArt = opts.art ?? 'ahead';
    browser = await workerBrowser(opts.gpu ?? !!process.env.GPU);
  });
  afterAll(async () => {
    // Contexts a failed test left open are closed; the browser stays for the worker's next file.
    await Promise.all((browser?.contexts() ?? []).map((c) => c.close().catch(() => undefined)));
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

/**
 * Waits until the game has written its autosave for the last step (it writes once the step's
 * frame is drawn, or leaving the page writes it). A test that edits the stored save must wait
 * for this, or the pending save written on reload replaces the edit.
 */
export async function saveSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as any).__TEST__.courtroom?.savePending);
}
