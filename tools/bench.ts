// `npm run bench`: prints figures, asserts nothing. Every timing is taken in the same run as a
// blank Phaser 4 page built by Vite (tools/bench/blank/), in the same Debian Chromium, and
// printed as a ratio against it, so that figures from a busy or a slow machine still compare.
//
//   Title interactive   navigation → the title drawn and the main thread free (one frame and a
//                       task after html[data-ready]); for the blank page: its scene created.
//   First line          navigation → the title → click the Prologue → its first line in the page
//                       (its text shown); and → that line with its picture drawn and keys live
//                       (the game shows the first line before Phaser's code runs: Courtroom.render).
//   Story step          Enter on Next → the next line in the page and the frame that shows it
//                       (its handler, and the frame's own work, up to the first task after it or
//                       the next frame's start, whichever is first; not the wait for the vsync).
//                       Also split: steps whose frame redrew the canvas (a new bust, a card
//                       flying in: Phaser rendered between the key and the frame) and the rest;
//                       and timed again once the case's art is loaded ahead (the Enter comes at
//                       once after the first line above: the first scenes' art is still loading).
//                       The stage draws a changed picture the frame after the line's (stage.ts):
//                       the next Enter waits until it is drawn and the stage at rest (a reader
//                       reads the line), and those frames are timed on their own.
//                       The same step on the blank Phaser page (?step): Enter sets the next of
//                       the lines the game showed as a paragraph's text, its loop asleep: the
//                       browser's own floor for a line on this machine, printed beside it.
//   Objection frames    Phaser's work per frame (pre-step → post-render) while a banner slams in.
//   Idle minute         CPU of one minute on the cross-examination screen, nothing moving:
//                       the page's main thread, and every Chromium process (the GPU one too).
//   Bundle              every chunk, raw and gzip; "initial" is what index.html loads.
//   Lighthouse 12       mobile, its default simulated throttling, on the title and the blank page.
//
// Runs alternate game, blank, game, blank… with 4× CPU throttling, the cache off, 1366×768.
// BENCH_RUNS (default 5) sets the number of pairs; BENCH_LIGHTHOUSE=0 skips Lighthouse.
// Run it alone on the machine (it is CPU-heavy): `flock /tmp/browser.lock npm run bench`.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = 4;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 60_000);
const BLANK_IDLE_MS = 20_000;

// ---- figures -------------------------------------------------------------------------------

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number | undefined) => (typeof x === "number" && Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : "n/a");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// ---- builds --------------------------------------------------------------------------------

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const blankOut = join(tmpdir(), `exhibit-bench-blank-${process.pid}`);
const blankRoot = resolve('tools/bench/blank');
await build({ configFile: false, root: blankRoot, base: './', logLevel: 'warn', build: { outDir: blankOut, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 } });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

/** Chunks of a build, raw and gzip; "initial" = what its index.html loads before anything runs. */
function bundle(dir: string, label: string): { initialJsGz: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*href)="\.?\/?([^"]+)"/g)].map((m) => m[1]));
  let initialJsGz = 0;
  let lazyJsGz = 0;
  const rows: string[] = [];
  for (const f of walk(dir).filter((f) => /\.(js|css)$/.test(f)).sort()) {
    const rel = f.slice(dir.length + 1);
    const buf = readFileSync(f);
    const g = gzipSync(buf, { level: 9 }).length;
    const first = initial.has(rel);
    if (rel.endsWith('.js')) first ? (initialJsGz += g) : (lazyJsGz += g);
    rows.push(`    ${rel.padEnd(40)} ${kb(buf.length).padStart(10)} ${kb(g).padStart(10)} gz  ${first ? 'initial' : 'lazy'}`);
  }
  console.log(`  ${label}:`);
  console.log(rows.join('\n'));
  console.log(`    initial JS ${kb(initialJsGz)} gzip; later JS ${kb(lazyJsGz)} gzip`);
  return { initialJsGz };
}

console.log('\n== Bundle ==');
const gameBundle = bundle(resolve('dist'), 'Game (dist/)');
const blankBundle = bundle(blankOut, 'Blank Phaser 4 page');
const inkCompiler = walk('dist').some((f) => /\.js$/.test(f) && readFileSync(f, 'utf8').includes('InkParser'));
console.log(`  ink compiler in the game's bundle: ${inkCompiler ? 'YES (should not be)' : 'no'}`);

// ---- servers and browser ------------------------------------------------------------------

const gameServer = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
const blankServer = await preview({ configFile: false, root: blankRoot, logLevel: 'warn', build: { outDir: blankOut }, preview: { port: 0, host: '127.0.0.1' } });
const gameUrl = gameServer.resolvedUrls!.local[0];
const blankUrl = blankServer.resolvedUrls!.local[0];
const marker = `--bench-run=${process.pid}`; // finds this browser's processes in /proc
const browser: Browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', marker],
});

// Scripts run in the page are strings: tsx names functions with a helper the page lacks.

/** Navigation → interactive, measured in the page: one frame and one task after data-ready. */
const INTERACTIVE_PROBE = `(() => {
  const obs = new MutationObserver(() => {
    if (document.documentElement?.dataset.ready !== 'true') return;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__interactive = performance.now())));
  });
  // The script runs before <html> exists: watch the document for it.
  obs.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})()`;

async function openPage(opts: { throttle: number; motion?: 'reduce' | 'no-preference' }): Promise<{ context: BrowserContext; page: Page; setThrottle(rate: number): Promise<unknown> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: opts.motion ?? 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(INTERACTIVE_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  const setThrottle = (rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await setThrottle(opts.throttle);
  (page as Page & { cdp?: typeof cdp }).cdp = cdp;
  return { context, page, setThrottle };
}

const interactiveAt = (page: Page) => page.waitForFunction(() => (window as unknown as { __interactive?: number }).__interactive, null, { timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>);

/** Counts every step that shows a new line: the key's time, the line in the page, its frame. */
const STEP_PROBE = `(() => {
  window.__steps = [];
  window.__texts = [];
  // The bench waits on this (stepped), not by polling: a poll every frame ran in the frames timed.
  window.__onStep = null;
  const stepped = () => { const f = window.__onStep; window.__onStep = null; f?.(); };
  window.__toFrame = [];
  window.__canvasSteps = [];
  window.__key = 0;
  window.__renders = 0;
  let rendersAtKey = 0;
  window.__pictureFrames = [];
  let frameStart = 0;
  // The line's frame still waiting for its end (see below).
  let open = null;
  window.__TEST__?.stage.game?.events.on('prestep', (time) => {
    // The stage begins a frame after the line's (an rAF time later than that frame's, or a
    // wake's own immediate step): the line's frame is over.
    if (open && time > open.frameTs + 1) open.done();
    frameStart = performance.now();
  });
  window.__TEST__?.stage.game?.events.on('postrender', () => {
    window.__renders++;
    // The whole frame the stage drew in: Phaser's step and render, then the page's style,
    // layout, paint and commit (the canvas rasterised): up to the first task after it.
    const start = frameStart;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => window.__pictureFrames.push(performance.now() - start);
    ch.port2.postMessage(0);
  });
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') (window.__key = e.timeStamp), (rendersAtKey = window.__renders);
  }, true);
  new MutationObserver(() => {
    if (!window.__key) return;
    const key = window.__key;
    const handled = performance.now() - key;
    window.__key = 0;
    requestAnimationFrame((frameTs) => {
      const lineFrameStart = performance.now();
      // The frame is over at the first task after it, or when the next frame begins (the stage
      // starting to draw the line's picture, or the next frame's callbacks), whichever comes
      // first: on a slow machine the next frame can run before that task, and its work was
      // counted as this line's.
      const step = {
        frameTs,
        done() {
          if (open !== step) return;
          open = null;
          const end = performance.now();
          window.__toFrame.push(end - key);
          window.__steps.push(handled + end - lineFrameStart);
          window.__canvasSteps.push(window.__renders > rendersAtKey);
          window.__texts.push(document.getElementById('line-text').textContent);
          stepped();
        },
      };
      open = step;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => step.done();
      ch.port2.postMessage(0);
      requestAnimationFrame(() => step.done());
    });
  }).observe(document.getElementById('line-text'), { childList: true, characterData: true, subtree: true });
  // An Enter that starts the cross-examination or brings choices changes no line.
  const testimony = document.getElementById('testimony');
  const choices = document.getElementById('choices');
  if (testimony) new MutationObserver(() => testimony.hidden || stepped()).observe(testimony, { attributes: true, attributeFilter: ['hidden'] });
  if (choices) new MutationObserver(() => choices.querySelector('button') && stepped()).observe(choices, { childList: true });
})()`;

const inLine = () => {
  const d = document.documentElement.dataset;
  const dialogue = document.getElementById('dialogue')!;
  return !d.busy && !dialogue.hidden && !!document.getElementById('line-text')!.textContent && !document.querySelector('#choices button');
};

/** The first line's text is in the page (shown), whether or not its picture is drawn yet. */
const lineShown = () => {
  const dialogue = document.getElementById('dialogue')!;
  return !dialogue.hidden && !!document.getElementById('line-text')!.textContent;
};

/** From the title: instant text, start the Prologue; resolves with the times its first line is
 *  in the page (text shown), and shown with its picture drawn and keys live. */
async function startPrologue(page: Page): Promise<{ shown: number; ready: number }> {
  await page.evaluate(() => (window as any).__TEST__.settings.update({ textSpeed: 'instant' }));
  await page.click('.case-card[data-case="prologue"]');
  const shown = await page.waitForFunction(`(${lineShown})() && performance.now()`, null, { polling: 'raf', timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>);
  const ready = await page.waitForFunction(`(${inLine})() && performance.now()`, null, { polling: 'raf', timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>);
  return { shown, ready };
}

/** Enter through the lines until the cross-examination; the step times, in ms (work), and
 *  key → the end of the frame showing the line (work and every wait, the vsync's included). */
async function stepToCross(page: Page, split = false): Promise<number[]> {
  await page.mouse.move(...MOUSE_AT);
  await page.evaluate(STEP_PROBE);
  for (let i = 0; i < 200; i++) {
    const n = await page.evaluate(() => (window as any).__steps.length as number);
    await armStep(page);
    await page.keyboard.press('Enter');
    await page.evaluate(() => (window as any).__stepDone);
    await page.waitForFunction(
      (n) => {
        const w = window as any;
        const cross = !document.getElementById('testimony')!.hidden;
        return (w.__steps.length > n && !document.documentElement.dataset.busy) || cross || !!document.querySelector('#choices button');
      },
      n,
      { timeout: 20_000 },
    );
    if (await page.evaluate(() => !document.getElementById('testimony')!.hidden || !!document.querySelector('#choices button'))) break;
    // The reader reads the line: its picture, drawn the frame after the line's (stage.ts,
    // wake), is on screen and the stage at rest before the next Enter. Pressed at once, the
    // next line was timed with the previous line's picture drawn in its frame.
    await page.waitForFunction(() => (window as any).__TEST__.stage.resting?.() ?? true, null, { timeout: 10_000 }).catch(() => undefined);
  }
  await page.waitForFunction(() => !document.getElementById('testimony')!.hidden && !document.documentElement.dataset.busy, null, { timeout: 20_000 });
  toFrame.push(...(await page.evaluate(() => (window as any).__toFrame as number[])));
  pictureFrames.push(...(await page.evaluate(() => (window as any).__pictureFrames as number[])));
  const steps = await page.evaluate(() => (window as any).__steps as number[]);
  const canvas = await page.evaluate(() => (window as any).__canvasSteps as boolean[]);
  if (split) steps.forEach((x, i) => (canvas[i] ? canvasSteps : textSteps).push(x));
  lineTexts.splice(0, lineTexts.length, ...(await page.evaluate(() => (window as any).__texts as string[])));
  return steps;
}

/** The pointer rests over the page in both (the game's player clicked a case to start): where
 *  a line changes the layout under it, the browser hit-tests again at the next frame. */
const MOUSE_AT: [number, number] = [683, 300];

/** The next step's end, awaited in the page (\`stepped\` in the probe): armed before the key.
 *  An Enter that shows no line, no testimony and no choices fails the bench after 20 s, with
 *  what the page showed, instead of waiting forever. */
const armStep = (page: Page) =>
  page.evaluate(() => {
    const w = window as any;
    w.__stepDone = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bench: no step 20 s after Enter (line: "${document.getElementById('line-text')?.textContent?.slice(0, 60) ?? ''}")`)), 20_000);
      w.__onStep = () => (clearTimeout(timer), resolve());
    });
  });

/** The lines the game showed, for the reference page to show in turn. */
const lineTexts: string[] = [];

/** The same step on the blank Phaser page (?step): Enter sets the next of the game's lines as
 *  one paragraph's text, its Phaser loop asleep. The browser's own floor for a line. */
async function stepReference(page: Page): Promise<number[]> {
  await page.waitForFunction(() => (window as any).__game && !(window as any).__game.loop.running, null, { timeout: 20_000 });
  await page.evaluate((lines) => void ((window as any).__lines = lines), lineTexts.length ? lineTexts : ['A line.']);
  await page.mouse.move(...MOUSE_AT);
  await page.evaluate(STEP_PROBE);
  for (let i = 0; i < Math.max(lineTexts.length, 20); i++) {
    await armStep(page);
    await page.keyboard.press('Enter');
    await page.evaluate(() => (window as any).__stepDone);
  }
  return page.evaluate(() => (window as any).__steps as number[]);
}
const toFrame: number[] = [];
/** Every frame the stage drew while the lines were stepped through (at 4×): the pictures. */
const pictureFrames: number[] = [];
/** Steps at 4× whose frame redrew the canvas, and the rest (text only). */
const canvasSteps: number[] = [];
const textSteps: number[] = [];

/** Phaser's work per frame while an objection banner slams in and goes. */
async function objectionFrames(page: Page): Promise<number[]> {
  return page.evaluate(`(async () => {
    const T = window.__TEST__;
    const game = T.stage.game;
    const work = [];
    let start = 0;
    const pre = () => (start = performance.now());
    const post = () => start && work.push(performance.now() - start);
    game.events.on('prestep', pre);
    game.events.on('postrender', post);
    await new Promise((r) => {
      const off = T.stage.on('objection-done', () => (off(), r()));
      void T.stage.objection('Objection!');
    });
    game.events.off('prestep', pre);
    game.events.off('postrender', post);
    return work;
  })()`);
}

// ---- CPU of this browser's processes (Linux /proc) -------------------------------------------

function chromiumCpu(): { total: number; gpu: number; renderer: number } {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return [{ pid: Number(pid), ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100, cmd }];
    } catch {
      return [];
    }
  });
  const root = procs.find((p) => p.cmd.includes(marker) && !p.cmd.includes('--type='));
  if (!root) return { total: NaN, gpu: NaN, renderer: NaN };
  const mine = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) (mine.add(p.pid), (grew = true));
  }
  const of = (type: string) => procs.filter((p) => mine.has(p.pid) && p.cmd.includes(`--type=${type}`)).reduce((n, p) => n + p.cpu, 0);
  return { total: procs.filter((p) => mine.has(p.pid)).reduce((n, p) => n + p.cpu, 0), gpu: of('gpu-process'), renderer: of('renderer') };
}

async function mainThreadSeconds(page: Page): Promise<number> {
  const cdp = (page as Page & { cdp: { send(m: string): Promise<{ metrics: Array<{ name: string; value: number }> }> } }).cdp;
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')!.value;
}

/** CPU seconds spent while the page sits still for `duration` ms, scaled to one minute. */
async function idleMinute(page: Page, duration: number): Promise<{ main: number; total: number; gpu: number }> {
  const m0 = await mainThreadSeconds(page);
  const c0 = chromiumCpu();
  await new Promise((r) => setTimeout(r, duration)); // the measurement is of time passing: the page is left alone
  const m1 = await mainThreadSeconds(page);
  const c1 = chromiumCpu();
  const k = 60_000 / duration;
  return { main: (m1 - m0) * k, total: (c1.total - c0.total) * k, gpu: (c1.gpu - c0.gpu) * k };
}

// ---- the runs ---------------------------------------------------------------------------------

const game = { title: [] as number[], firstLine: [] as number[], firstLineReady: [] as number[], steps: [] as number[], stepsLoaded: [] as number[] };
const blank = { ready: [] as number[], steps: [] as number[] };
console.log(`\n== Timings: ${RUNS} pairs, game and blank page alternating, ${THROTTLE}× CPU throttle, cache off, 1366×768 ==`);
for (let i = 0; i < RUNS; i++) {
  {
    const { context, page } = await openPage({ throttle: THROTTLE });
    await page.goto(`${gameUrl}?test=1`);
    game.title.push(await interactiveAt(page));
    const first = await startPrologue(page);
    game.firstLine.push(first.shown);
    game.firstLineReady.push(first.ready);
    game.steps.push(...(await stepToCross(page, true)));
    await context.close();
  }
  {
    // The same steps for a reader who reads: the case's art loaded ahead (the stage says when)
    // before the first Enter, so what is timed is the step itself, not art met before the
    // preload could reach it.
    const { context, page } = await openPage({ throttle: THROTTLE });
    await page.goto(`${gameUrl}?test=1`);
    await interactiveAt(page);
    await startPrologue(page);
    await page.waitForFunction(() => (window as any).__TEST__.stage.snapshot().preloaded, null, { timeout: 120_000 });
    const shown = toFrame.length;
    game.stepsLoaded.push(...(await stepToCross(page)));
    toFrame.splice(shown);
    await context.close();
  }
  {
    const { context, page } = await openPage({ throttle: THROTTLE });
    await page.goto(blankUrl);
    blank.ready.push(await interactiveAt(page));
    await context.close();
  }
  {
    const { context, page } = await openPage({ throttle: THROTTLE });
    await page.goto(`${blankUrl}?step`);
    await interactiveAt(page);
    blank.steps.push(...(await stepReference(page)));
    await context.close();
  }
  console.log(`  pair ${i + 1}: game title ${ms(game.title.at(-1)!)}, first line ${ms(game.firstLine.at(-1)!)} (with its picture ${ms(game.firstLineReady.at(-1)!)}); blank page ${ms(blank.ready.at(-1)!)}`);
}

// The idle minute and the objection, on one cross-examination screen, unthrottled.
const still = await openPage({ throttle: 1, motion: 'no-preference' });
await still.page.goto(`${gameUrl}?test=1`);
await interactiveAt(still.page);
await startPrologue(still.page);
const stepsUnthrottled = await stepToCross(still.page);
const idle = await idleMinute(still.page, IDLE_MS);
const objection1 = await objectionFrames(still.page);
await still.setThrottle(THROTTLE);
const objection4 = await objectionFrames(still.page);
await still.context.close();
const stillStep = await openPage({ throttle: 1 });
await stillStep.page.goto(`${blankUrl}?step`);
await interactiveAt(stillStep.page);
const referenceUnthrottled = await stepReference(stillStep.page);
await stillStep.context.close();
const stillBlank = await openPage({ throttle: 1 });
await stillBlank.page.goto(blankUrl);
await interactiveAt(stillBlank.page);
const idleBlank = await idleMinute(stillBlank.page, BLANK_IDLE_MS);
await stillBlank.context.close();
await browser.close();

// ---- Lighthouse -------------------------------------------------------------------------------

interface LhFigures { error?: string; score: number; fcp: number; lcp: number; tbt: number; tti: number; si: number; cls: number; blocking: string[] }
const lighthouseRuns: { game: LhFigures[]; blank: LhFigures[] } = { game: [], blank: [] };
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  // Loaded by name at run time, so the type check does not need them installed (a dev
  // dependency only the bench uses; chrome-launcher comes with lighthouse).
  const named = (name: string) => import(name);
  const { default: lighthouse } = await named('lighthouse');
  const chromeLauncher = await named('chrome-launcher');
  const runLh = async (url: string): Promise<LhFigures> => {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const a = result!.lhr.audits;
      return {
        error: result!.lhr.runtimeError?.code, // a blank canvas paints nothing contentful: NO_FCP
        score: Math.round((result!.lhr.categories.performance.score ?? NaN) * 100),
        fcp: a['first-contentful-paint'].numericValue ?? NaN, lcp: a['largest-contentful-paint'].numericValue ?? NaN,
        tbt: a['total-blocking-time'].numericValue ?? NaN, tti: a['interactive'].numericValue ?? NaN,
        si: a['speed-index'].numericValue ?? NaN, cls: a['cumulative-layout-shift'].numericValue ?? NaN,
        // What takes the main thread at boot: by kind of work, and the longest tasks with their script.
        blocking: [
          ...((a['mainthread-work-breakdown'].details as { items?: Array<{ groupLabel: string; duration: number }> })?.items ?? [])
            .slice(0, 6).map((i) => `${i.groupLabel} ${i.duration.toFixed(0)} ms`),
          ...((a['long-tasks'].details as { items?: Array<{ url: string; duration: number; startTime: number }> })?.items ?? [])
            .slice(0, 6).map((i) => `long task ${i.duration.toFixed(0)} ms at ${i.startTime.toFixed(0)} ms: ${i.url.split('/').pop()}`),
        ],
      };
    } finally {
      await chrome.kill();
    }
  };
  const lhRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  for (let i = 0; i < lhRuns; i++) {
    lighthouseRuns.game.push(await runLh(gameUrl));
    if (i === 0) lighthouseRuns.blank.push(await runLh(blankUrl));
  }
}
gameServer.httpServer.close();
blankServer.httpServer.close();

// ---- report -------------------------------------------------------------------------------------

const base = median(blank.ready);
const ratio = (x: number) => `${(x / base).toFixed(2)}×`;
console.log('\n== Results (medians; ratios against the blank Phaser page in the same run) ==');
console.log(`  blank Phaser 4 page interactive   ${ms(base).padStart(9)}   (runs: ${blank.ready.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  title interactive                 ${ms(median(game.title)).padStart(9)}   ${ratio(median(game.title))}  goal ≤ 0.80×   (runs: ${game.title.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  first line of the Prologue        ${ms(median(game.firstLine)).padStart(9)}   ${ratio(median(game.firstLine))}  goal ≤ 1.50×   (runs: ${game.firstLine.map((x) => x.toFixed(0)).join(', ')})  its text shown`);
console.log(`    … with its picture, keys live   ${ms(median(game.firstLineReady)).padStart(9)}   ${ratio(median(game.firstLineReady))}               (runs: ${game.firstLineReady.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  initial JS (gzip)                 ${kb(gameBundle.initialJsGz).padStart(9)}   ${(gameBundle.initialJsGz / blankBundle.initialJsGz).toFixed(2)}× the blank page's ${kb(blankBundle.initialJsGz)}  goal ≤ 150 KB`);
console.log(`  story step at ${THROTTLE}×  (${game.steps.length} steps)    p50 ${ms(median(game.steps))}, p95 ${ms(quantile(game.steps, 0.95))}, max ${ms(Math.max(...game.steps))}  goal p95 ≤ 16 ms`);
console.log(`    the same step on the blank Phaser page (${blank.steps.length} steps: Enter sets the same lines as one paragraph's text, its loop asleep)  p50 ${ms(median(blank.steps))}, p95 ${ms(quantile(blank.steps, 0.95))}: the game's step is ${(median(game.steps) / median(blank.steps)).toFixed(2)}× at p50, ${(quantile(game.steps, 0.95) / quantile(blank.steps, 0.95)).toFixed(2)}× at p95`);
console.log(`    the art loaded ahead first (${game.stepsLoaded.length} steps)  p50 ${ms(median(game.stepsLoaded))}, p95 ${ms(quantile(game.stepsLoaded, 0.95))}, max ${ms(Math.max(...game.stepsLoaded))}, ${(quantile(game.stepsLoaded, 0.95) / quantile(blank.steps, 0.95)).toFixed(2)}× the blank page's at p95  (a reader who reads: the first steps above meet art the preload has not reached)`);
console.log(`    steps that redrew the canvas (${canvasSteps.length})  p50 ${ms(median(canvasSteps))}, p95 ${ms(quantile(canvasSteps, 0.95))}; text only (${textSteps.length}) p50 ${ms(median(textSteps))}, p95 ${ms(quantile(textSteps, 0.95))}`);
console.log(`  frames drawing the stage (${pictureFrames.length}: the frame after a line that changes the picture, a card coming and going)  p50 ${ms(median(pictureFrames))}, p95 ${ms(quantile(pictureFrames, 0.95))}`);
console.log(`  key → frame shown, all steps    p50 ${ms(median(toFrame))}, p95 ${ms(quantile(toFrame, 0.95))} (with the waits: for the next vsync, for a busy compositor)`);
console.log(`  story step unthrottled (${stepsUnthrottled.length} steps) p50 ${ms(median(stepsUnthrottled))}, p95 ${ms(quantile(stepsUnthrottled, 0.95))}, max ${ms(Math.max(...stepsUnthrottled))}; blank Phaser page p50 ${ms(median(referenceUnthrottled))}, p95 ${ms(quantile(referenceUnthrottled, 0.95))}`);
console.log(`  objection frame work unthrottled  p50 ${ms(median(objection1))}, p95 ${ms(quantile(objection1, 0.95))}, max ${ms(Math.max(...objection1))} over ${objection1.length} frames  goal p95 ≤ 16.7 ms`);
console.log(`  objection frame work at ${THROTTLE}×        p50 ${ms(median(objection4))}, p95 ${ms(quantile(objection4, 0.95))}, max ${ms(Math.max(...objection4))} over ${objection4.length} frames`);
console.log(`  idle minute, cross-examination    page main thread ${idle.main.toFixed(2)} s, all Chromium ${idle.total.toFixed(2)} s (GPU process ${idle.gpu.toFixed(2)} s) CPU per minute`);
console.log(`  idle minute, blank Phaser page    page main thread ${idleBlank.main.toFixed(2)} s, all Chromium ${idleBlank.total.toFixed(2)} s (GPU process ${idleBlank.gpu.toFixed(2)} s) CPU per minute (measured over ${BLANK_IDLE_MS / 1000} s)`);
if (lighthouseRuns.game.length) {
  const show = (label: string, runs: LhFigures[]) => {
    const m = (k: Exclude<keyof LhFigures, 'blocking' | 'error'>) => median(runs.map((r) => r[k]));
    const errors = runs.map((r) => r.error).filter(Boolean);
    if (errors.length === runs.length) return console.log(`  Lighthouse 12 mobile, ${label.padEnd(12)} no figures: ${errors.join(', ')}`);
    console.log(`  Lighthouse 12 mobile, ${label.padEnd(12)} performance ${m('score')} (runs: ${runs.map((r) => r.score).join(', ')}), FCP ${ms(m('fcp'))}, LCP ${ms(m('lcp'))}, TBT ${ms(m('tbt'))}, TTI ${ms(m('tti'))}, SI ${ms(m('si'))}, CLS ${Number.isFinite(m('cls')) ? m('cls').toFixed(3) : 'n/a'}`);
  };
  show('title', lighthouseRuns.game);
  show('blank page', lighthouseRuns.blank);
  console.log(`  main thread at boot, title (last Lighthouse run, simulated 4× CPU): ${lighthouseRuns.game.at(-1)!.blocking.join('; ')}`);
  console.log('  goals: title performance ≥ 90, TBT ≤ 200 ms');
}
