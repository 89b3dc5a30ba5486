// SCORM: the teacher page makes the packages in the browser; each zip's imsmanifest.xml is
// checked against its schema's rules; then the package plays inside a page that acts as the
// LMS with a real SCORM runtime (scorm-again): initialize, the learner's name, status,
// suspend → relaunch on a fresh browser → resume, and (2004) a resume near the end of a case
// → completion, score → finish.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { currentStatement, gameErrors, openGame, phase, saveSettled, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines, advanceToCross, playAction } from './keyboardPlayer';
import { manifestProblems } from './scormManifest';
import { replay } from '../helpers/replay';
import { loadCaseOrThrow } from '../../tools/caseFiles';
import { CaseSession } from '../../src/story/caseSession';
import { GameStorage, MemoryStorage, SaveStore } from '../../src/save/saveGame';
import { encodeResume, SUSPEND_LIMIT } from '../../src/lms/resumeState';

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage
const { route, index } = caseRoute('prologue');
const root = mkdtempSync(join(tmpdir(), 'exhibit-lms-'));
let server: Server;
let lmsUrl = '';
const zips: Partial<Record<'1.2' | '2004', Record<string, Uint8Array>>> = {};

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.xml': 'application/xml' };

beforeAll(async () => {
  copyFileSync('tests/e2e/lms/lms.html', join(root, 'lms.html'));
  copyFileSync('node_modules/scorm-again/dist/scorm-again.min.js', join(root, 'scorm-again.min.js'));
  // The LMS's own web server: serves the LMS page and the unpacked packages, nothing else.
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  lmsUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/lms.html`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function unpack(version: '1.2' | '2004', files: Record<string, Uint8Array>): void {
  for (const [path, data] of Object.entries(files)) {
    const to = join(root, `course-${version}`, path);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, data);
  }
}

/** The game in the LMS's frame, with the keyboard of the page around it (the frame has focus). */
function inFrame(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, prop) {
      if (prop === 'keyboard') return page.keyboard;
      if (prop === 'waitForTimeout') return page.waitForTimeout.bind(page);
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as unknown as Page;
}

type Cmi = Record<string, any>;

async function launchInLms(browser: Browser, version: '1.2' | '2004', initial: Cmi): Promise<{ page: Page; game: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { gameErrors: string[] }).gameErrors = errors;
  await page.goto(lmsUrl);
  await page.evaluate(([v, init, src]) => (window as any).launch(v, init, src), [version, initial, `course-${version}/index.html?test=1`] as const);
  const frame = await (await page.waitForSelector('#course')).contentFrame();
  await frame!.waitForSelector('html[data-ready="true"]');
  return { page, game: inFrame(page, frame!) };
}

const cmi = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).api.cmi)) as Cmi);
const settled = (game: Page) => game.evaluate(() => (window as any).__TEST__.lmsSettled());

describe('SCORM packages', () => {
  it('the teacher page makes a 1.2 and a 2004 package whose manifests follow their schemas', async () => {
    const page = await openGame(browserFor());
    await page.goto(`${inject('baseUrl')}?test=1#teacher`);
    await page.waitForSelector('#btn-scorm-12');
    for (const [version, button] of [['1.2', '#btn-scorm-12'], ['2004', '#btn-scorm-2004']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(download.suggestedFilename()).toBe(`exhibit-1937-scorm-${version.replace('.', '')}-the-night-visitors.zip`);
      const files = unzipSync(readFileSync((await download.path())!));
      zips[version] = files;
      const names = Object.keys(files);
      expect(names).toContain('index.html');
      expect(names.some((n) => n.startsWith('art/') && n.endsWith('.svg'))).toBe(true);
      expect(names).not.toContain('sw.js');
      const problems = await page.evaluate(manifestProblems, { xml: strFromU8(files['imsmanifest.xml']), files: names, version });
      expect(problems).toEqual([]);
      unpack(version, files);
    }
    expect(await page.textContent('#lms-status')).toMatch(/SCORM 2004 package is downloading/);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('SCORM 1.2: name, status, suspend → relaunch on another computer → resume, finish', async () => {
    expect(zips['1.2'], 'the package test ran first').toBeTruthy();
    const learner = { core: { student_id: 's-42', student_name: 'Doe, Jane' } };
    let { page, game } = await launchInLms(browserFor(), '1.2', learner);
    expect(await page.evaluate(() => (window as any).calls)).toEqual(['LMSInitialize']);
    expect(await game.textContent('#title-screen')).toContain('Jane Doe');
    await game.click('[data-case="prologue"]');
    await advanceToCross(game);
    await page.keyboard.press('ArrowRight');
    const statement = await currentStatement(game);
    const held = await game.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
    await saveSettled(game); // the step's autosave is written (it is what reaches the LMS)
    await settled(game);
    let data = await cmi(page);
    expect(data.core.lesson_status).toBe('incomplete');
    expect(data.core.lesson_location).toBe('prologue');
    expect(data.suspend_data.length).toBeGreaterThan(10);
    expect(data.suspend_data.length).toBeLessThanOrEqual(4096);
    const fit = await game.evaluate(() => (window as any).__TEST__.lms.fit as string);
    // A save too big for SCORM 1.2's 4,096 characters is said on screen.
    if (fit !== 'whole') expect(await game.textContent('#lms-notice')).toMatch(/can keep only part of this saved game/);
    console.log(`SCORM 1.2 suspend data: ${data.suspend_data.length} characters (${fit})`);
    // The LMS closes the course; the runtime saw it finish with exit "suspend".
    await page.evaluate(() => (window as any).closeCourse());
    await page.waitForFunction(() => (window as any).calls.includes('LMSFinish'));
    data = await cmi(page);
    expect(data.core.exit).toBe('suspend');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();

    // Another computer (empty browser storage): the LMS hands back what it kept.
    ({ page, game } = await launchInLms(browserFor(), '1.2', { ...learner, core: { ...learner.core, lesson_status: data.core.lesson_status, entry: 'resume' }, suspend_data: data.suspend_data }));
    await game.click('#btn-continue');
    expect(await phase(game), await game.textContent('#title-screen') ?? '').toBe('cross');
    // The whole save fits SCORM 1.2 here: exactly where the learner was (else: the start of the activity).
    expect(await currentStatement(game)).toBe(fit === 'whole' ? statement : index.crossExaminations[0].statements.find((s) => !s.hidden)!.id);
    expect(await game.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[])).toEqual(held);
    if (fit !== 'whole') expect(await game.textContent('#testimony')).toMatch(/course page \(LMS\) could keep only part of your saved game/);
    await page.evaluate(() => (window as any).closeCourse());
    await page.waitForFunction(() => (window as any).calls.includes('LMSFinish'));
    expect((await cmi(page)).core.exit).toBe('suspend');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('SCORM 2004: resumes a case near its end from the LMS, completes it, reports the score and terminates', async () => {
    expect(zips['2004'], 'the package test ran first').toBeTruthy();
    // The learner played most of the Prologue on another computer: its save, made here by the
    // game's own session from the winning route, stopped before the last present.
    const last = route.length - 1 - [...route].reverse().findIndex((a) => a.startsWith('present:'));
    const content = loadCaseOrThrow('prologue').content;
    const session = new CaseSession(content);
    for (const _ of replay(session, route.slice(0, last))) { /* play */ }
    const device = new GameStorage(new MemoryStorage());
    new SaveStore(device).write(content, session.save());
    const suspend = encodeResume({ caseId: 'prologue', save: device.get('save/prologue'), tally: {} }, SUSPEND_LIMIT['2004']);
    expect(suspend.fit).toBe('whole');
    const { page, game } = await launchInLms(browserFor(), '2004', { learner_id: 's-7', learner_name: 'Ana Ruiz', entry: 'resume', completion_status: 'incomplete', suspend_data: suspend.text });
    expect(await page.evaluate(() => (window as any).calls)).toEqual(['Initialize']);
    expect(await game.textContent('#title-screen')).toContain('Ana Ruiz');
    await game.click('#btn-continue');
    expect(await phase(game)).toBe('cross');
    for (const action of route.slice(last)) await playAction(game, action);
    expect(await advanceLines(game, (p) => p === 'ended')).toBe('ended');
    await saveSettled(game); // the step's autosave is written (it is what reaches the LMS)
    await settled(game);
    const data = await cmi(page);
    const total = index.crossExaminations.reduce((n, ce) => n + ce.statements.filter((s) => s.answers.length).length, 0);
    expect(data.completion_status).toBe('completed');
    expect(data.score.max).toBe(String(total));
    expect(data.score.raw).toBe(String(total));
    expect(Number(data.score.scaled)).toBe(1);
    await page.evaluate(() => (window as any).closeCourse());
    await page.waitForFunction(() => (window as any).calls.includes('Terminate'));
    expect((await cmi(page)).exit).toBe('normal');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('outside an LMS the game never looks for one', async () => {
    const page = await openGame(browserFor());
    expect(await page.evaluate(() => (window as any).__TEST__.lms)).toBeNull();
    await page.context().close();
  });
});
