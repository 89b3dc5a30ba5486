// The objection beat on the stage, timed by the stage's own events, in both motion settings.
// (The art at every scene change is checked on the pixels in each case's keyboard playthrough:
// prologue, drammen and sittings .e2e.test.ts, with stagePixels.ts, on the Canvas renderer; here
// the Prologue's opening scenes are checked the same way on WebGL.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, gameErrors, openGame, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines } from './keyboardPlayer';
import { expectStageDrawn, motions, watchStage } from './stagePixels';

// One motion setting per renderer: full motion (tweens, the shake) on WebGL composited on the
// emulated GPU, reduced motion on the Canvas renderer a machine without a GPU gets.
const gpuBrowser = useBrowser({ gpu: true });
const cpuBrowser = useBrowser();

/** Opens the game and starts the Prologue by keyboard; `preloaded`: then waits until the stage says its art loaded ahead has all been tried. */
async function startPrologue(page: Page, preloaded = false): Promise<Page> {
  await page.focus('[data-case="prologue"]');
  await page.keyboard.press('Enter');
  if (preloaded) await page.waitForFunction(() => (window as any).__TEST__.stage.snapshot().preloaded, null, { timeout: 60_000 });
  return page;
}

describe('the WebGL renderer', () => {
  it('draws the Prologue\'s opening scenes, checked on its pixels, played by keyboard to the first cross-examination', async () => {
    const page = await openGame(gpuBrowser(), { reducedMotion: 'no-preference' });
    await watchStage(page);
    await page.focus('[data-case="prologue"]');
    await page.keyboard.press('Enter');
    expect(await advanceLines(page)).toBe('cross');
    await expectStageDrawn(page, 'prologue-opening', 'WebGL');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('art loaded ahead', () => {
  it('once the first picture of a case is drawn, the rest of its art loads, and no later scene holds its line for art; the reused record cards show their own titles', async () => {
    // The stage says when everything ahead has been tried (each picture loaded or failed).
    const page = await startPrologue(await openGame(cpuBrowser()), true);
    const missing = await page.evaluate(async () => {
      const game = (window as any).__TEST__.stage.game;
      const manifest = await (await fetch('art/manifest.json')).json();
      const keys = [...(manifest.backgrounds as string[]).filter((b) => ['veksal', 'road', 'island'].includes(b)).map((b) => `bg:${b}`), ...(manifest.busts.swen as string[]).map((e) => `bust:swen-${e}`)];
      return keys.filter((k) => !game.textures.exists(k));
    });
    expect(missing, 'the Prologue\'s scenes and its witness, loaded ahead').toEqual([]);
    // Each time the page is marked busy from here on: 'art' would be a line shown before its
    // picture, its art still loading ('stage': a line held back, now only for a banner).
    await page.evaluate(() => {
      const w = window as any;
      w.__heldFor = [];
      new MutationObserver(() => {
        const busy = document.documentElement.dataset.busy;
        if (busy) w.__heldFor.push(busy);
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-busy'] });
      // Each new size of the canvas, and each line shown: the canvas keeps its size through the
      // small changes a line makes to the stage area (stageFit.ts).
      w.__sizes = [];
      w.__lines = 0;
      const canvas = document.querySelector('#stage canvas')!;
      new MutationObserver(() => w.__sizes.push(canvas.getAttribute('style'))).observe(canvas, { attributes: true, attributeFilter: ['style'] });
      new MutationObserver(() => w.__lines++).observe(document.getElementById('line-text')!, { childList: true, characterData: true, subtree: true });
    });
    expect(await advanceLines(page)).toBe('cross');
    const heldFor = await page.evaluate(() => (window as any).__heldFor as string[]);
    expect(heldFor, 'a line held for its picture').not.toContain('stage');
    expect(heldFor, 'a line shown before its picture (its art still loading)').not.toContain('art');
    const { sizes, lines } = await page.evaluate(() => ({ sizes: (window as any).__sizes as string[], lines: (window as any).__lines as number }));
    // Resized when a line takes a row more than the three kept for it, or the testimony opens: not
    // at every line (a 1-px change of the area resized it at nearly every one: 30-odd sizes), nor
    // at each dramatized line (the label had a row of its own: 7 sizes; now 1, the testimony).
    expect(sizes.length, `canvas sizes over ${lines} lines: ${JSON.stringify(sizes)}`).toBeLessThan(lines / 6);
    // The record cards are built ahead, one per title (none at the line that shows it: building
    // one cost 20-40 ms of a step at 4x CPU throttle): each showed the title it was given.
    const snap = await page.evaluate(() => (window as any).__TEST__.stage.snapshot());
    expect(snap.cards.length).toBeGreaterThanOrEqual(2);
    expect(snap.cardsBuiltOnCue, 'cards built at the line that showed them').toBe(0);
    for (const { asked, shown } of snap.cards) expect(shown).toBe(asked);
    // The next case's art loaded ahead: the cards of titles it will not show are let go.
    const kept = await page.evaluate(async () => {
      const scene = (window as any).__TEST__.stage.game.scene.scenes[0];
      type Card = { card: { visible: boolean }; title: { text: string } };
      const onScreen = (scene.cards as Card[]).filter((c) => c.card.visible).map((c) => c.title.text);
      await scene.preloadArt(['card:A title of the next case']);
      return (scene.cards as Card[]).map((c) => ({ title: c.title.text, wasOnScreen: onScreen.includes(c.title.text) }));
    });
    expect(kept.map((c) => c.title)).toContain('A title of the next case');
    for (const c of kept) expect(c.title === 'A title of the next case' || c.title === '' || c.wasOnScreen, `a card kept from the case before: ${JSON.stringify(c)}`).toBe(true);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('art loaded ahead, wanted now', () => {
  it('a picture the preload is rasterising, in strips at idle moments, is finished at once when the story asks for it', async () => {
    const page = await startPrologue(await openGame(cpuBrowser()), true);
    // From here the page is never idle: idle callbacks are kept, not run. A picture loaded ahead
    // (a new key for a background's file) decodes and then waits for an idle moment to rasterise
    // its first strip.
    await page.evaluate(() => {
      const w = window as any;
      w.__heldIdle = [];
      w.requestIdleCallback = (cb: IdleRequestCallback) => w.__heldIdle.push(cb);
      const scene = w.__TEST__.stage.game.scene.scenes[0];
      const url = `art/bg/${scene.manifest.backgrounds[0]}.svg`;
      w.__ahead = scene.loadArt('test:ahead', url, { width: 1280, height: 720 }, true);
      w.__url = url;
    });
    await page.waitForFunction(() => (window as any).__heldIdle.length > 0);
    const before = await page.evaluate(() => (window as any).__TEST__.stage.game.textures.exists('test:ahead'));
    expect(before, 'loaded ahead, it waits for an idle moment').toBe(false);
    // The story asks for it: it is finished without waiting for the idle moments that never come.
    await page.evaluate(() => {
      const w = window as any;
      const scene = w.__TEST__.stage.game.scene.scenes[0];
      w.__wanted = scene.loadArt('test:ahead', w.__url, { width: 1280, height: 720 }).then(() => (w.__done = true));
    });
    await page.waitForFunction(() => (window as any).__done, null, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as any).__TEST__.stage.game.textures.exists('test:ahead'))).toBe(true);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a court-record card', () => {
  it('slides in, rests on screen with the render loop asleep, then fades and is put away (full motion)', async () => {
    // The beats at their real length: the card rests 1.8 s, long enough to see the loop sleep.
    const page = await openGame(cpuBrowser(), { reducedMotion: 'no-preference', pace: 'real' });
    await page.focus('[data-case="prologue"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__TEST__.courtroom?.session && !document.documentElement.dataset.busy);
    const seen = await page.evaluate(async () => {
      const T = (window as any).__TEST__;
      const game = T.stage.game;
      const scene = game.scene.scenes[0];
      const shown = () => (scene.cards as Array<{ card: { visible: boolean; alpha: number } }>).filter((c) => c.card.visible && c.card.alpha === 1).length;
      const tick = () => new Promise((r) => setTimeout(r, 20));
      T.stage.evidenceIn('A card under test');
      // The slide wakes the loop; then, with the card still up and nothing moving, it sleeps.
      while (!game.loop.running) await tick();
      while (game.loop.running) await tick();
      const restingWhileAsleep = shown();
      // The fade wakes it again and puts the card away.
      while ((scene.cards as Array<{ card: { visible: boolean } }>).some((c) => c.card.visible)) await tick();
      return { restingWhileAsleep, asleepAfter: !game.loop.running || (await new Promise((r) => setTimeout(() => r(!game.loop.running), 200))) };
    });
    expect(seen.restingWhileAsleep, 'the card is on screen while the loop sleeps').toBe(1);
    expect(seen.asleepAfter).toBe(true);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the objection beat', () => {
  it.each(motions)('holds the text until the banner has landed, then the witness is shaken (%s); Hold it! on a press; a wrong present breaks a mark', async (label, motion) => {
    const { route } = caseRoute('prologue');
    // The beats at their real length: this test checks their timing.
    const page = await openGame(motion === 'reduce' ? cpuBrowser() : gpuBrowser(), { reducedMotion: motion, pace: 'real' });
    const tag = motion === 'reduce' ? 'reduced' : 'motion';
    await page.evaluate(() => (window as any).__TEST__.settings.update({ textSpeed: 'instant' }));
    await page.focus('[data-case="prologue"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__TEST__.courtroom?.session);
    // Play by the hooks up to the first right present, keeping the record of events in the page.
    const presentAt = route.findIndex((a) => a.startsWith('present:'));
    const present = route[presentAt];
    const [, statement, item] = present.split(':');
    // The right document opens the pointing step; the objection lands on the right line.
    const pointAt = route[presentAt + 1]?.startsWith('point:') ? route[presentAt + 1].slice('point:'.length) : null;
    await page.evaluate(async ({ route, present }) => {
      const T = (window as any).__TEST__;
      const s = T.courtroom.session;
      const shown = () =>
        new Promise<void>((resolve) => {
          const root = document.documentElement;
          if (!root.dataset.busy) return resolve();
          const obs = new MutationObserver(() => {
            if (!root.dataset.busy) (obs.disconnect(), resolve());
          });
          obs.observe(root, { attributes: true, attributeFilter: ['data-busy'] });
        });
      for (const action of route) {
        if (action === present) break;
        while (s.view().phase === 'line') (await shown(), s.advance());
        const [kind, a, b] = action.split(':');
        if (kind === 'choose') s.choose(s.view().choices.find((x: any) => x.text.trim() === action.slice(7).trim()).index);
        else if (kind === 'press') (s.goTo(a), s.press());
        else if (kind === 'present') (s.goTo(a), s.present(b));
      }
      while (s.view().phase === 'line') (await shown(), s.advance());
      await shown();
      s.goTo(present.split(':')[1]);
      await shown();
    }, { route, present });
    expect(await page.getAttribute('#testimony .statement', 'data-statement')).toBe(statement);

    // "Hold it!" on a press: a banner, its sound captioned, and the text waits for it.
    const holdIts = await page.evaluate(() => (window as any).__TEST__.stage.snapshot().holdIts);
    await page.keyboard.press('p');
    await page.waitForFunction((n) => (window as any).__TEST__.stage.snapshot().holdIts > n, holdIts);
    await screenshot(page, `objection-${tag}-0-hold-it`);
    await page.waitForFunction(() => !document.documentElement.dataset.busy);
    await page.evaluate(async () => {
      const s = (window as any).__TEST__.courtroom.session;
      for (let i = 0; i < 200 && s.view().phase !== 'cross'; i++) (s.view().phase === 'line' ? s.advance() : s.choose(s.view().choices[0].index));
    });
    await page.waitForFunction(() => !document.documentElement.dataset.busy && !!document.querySelector('#testimony .statement'));
    await page.evaluate((id) => (window as any).__TEST__.courtroom.session.goTo(id), statement);
    await page.waitForFunction(() => !document.documentElement.dataset.busy);

    // Before: the testimony, the witness neutral or pressed.
    await screenshot(page, `objection-${tag}-1-before`);
    const witness = await page.evaluate(() => (window as any).__TEST__.stage.snapshot().bust as string);
    // Listen for the stage's own events, recording what the page showed at each.
    await page.evaluate(() => {
      const T = (window as any).__TEST__;
      const w = window as any;
      w.__beat = {};
      const lineShown = () => !document.documentElement.dataset.busy && !!document.querySelector('#line-text')?.textContent && !(document.getElementById('dialogue') as HTMLElement)?.hidden;
      T.stage.on('objection-landed', () => (w.__beat.landed = { lineShown: lineShown(), bust: T.stage.snapshot().bust, busy: document.documentElement.dataset.busy ?? null, text: document.querySelector('#line-text')?.textContent ?? null }));
      T.stage.on('objection-done', () => (w.__beat.done = true));
      w.__beat.busyAtStart = null;
      w.__seq = [];
      T.courtroom.session.on((e: any) => w.__seq.push(`${Math.round(performance.now())} s:${e.type}${e.type === 'command' ? ':' + e.command.type : ''} busy=${document.documentElement.dataset.busy ?? ''}`));
      T.stage.on('objection-landed', () => w.__seq.push(`${Math.round(performance.now())} landed`));
      new MutationObserver(() => w.__seq.push(`${Math.round(performance.now())} busy=${document.documentElement.dataset.busy ?? ''}`)).observe(document.documentElement, { attributes: true, attributeFilter: ['data-busy'] });
      new MutationObserver(() => w.__seq.push(`${Math.round(performance.now())} text=${document.querySelector('#line-text')?.textContent?.slice(0, 20)}`)).observe(document.querySelector('#line-text')!, { childList: true, characterData: true, subtree: true });
    });
    const banners = await page.evaluate(() => (window as any).__TEST__.stage.snapshot().banners);
    await page.evaluate(({ item, pointAt }) => {
      const s = (window as any).__TEST__.courtroom.session;
      s.present(item);
      if (pointAt) s.point(pointAt);
    }, { item, pointAt });
    await page.waitForFunction((n) => (window as any).__TEST__.stage.snapshot().banners > n, banners);
    // During: the banner is up, the text is held back.
    expect(await page.evaluate(() => document.documentElement.dataset.busy)).toBe('stage');
    await screenshot(page, `objection-${tag}-2-during`);
    await page.waitForFunction(() => (window as any).__beat.landed && (window as any).__beat.done);
    const beat = await page.evaluate(() => (window as any).__beat);
    expect(beat.landed.lineShown, `the line waits for the banner: ${JSON.stringify(beat.landed)} ${JSON.stringify(await page.evaluate(() => (window as any).__seq))}`).toBe(false);
    expect(beat.landed.bust, `the witness reacts ${JSON.stringify(await page.evaluate(() => (window as any).__seq))}`).toMatch(/:shaken$/);
    await page.waitForFunction(() => !document.documentElement.dataset.busy);
    await screenshot(page, `objection-${tag}-3-after`);
    expect(witness).not.toMatch(/:shaken$/);
    // The sting and the pressing cue were captioned (captions on by default).
    const captions = await page.evaluate(() => (window as any).__captions ?? null);
    void captions;

    // A wrong present: the mark breaks on stage ('wrong-landed') and in the top bar.
    await page.evaluate(async () => {
      const s = (window as any).__TEST__.courtroom.session;
      for (let i = 0; i < 200 && s.view().phase !== 'cross'; i++) (s.view().phase === 'line' ? s.advance() : s.choose(s.view().choices[0].index));
    });
    await page.waitForFunction(() => !document.documentElement.dataset.busy && !!document.querySelector('#testimony .statement'));
    const wrongItem = await page.evaluate(() => {
      const s = (window as any).__TEST__.courtroom.session;
      const v = s.view();
      const st = v.cross.statements.find((x: any) => !x.solved && !x.hidden) ?? v.cross.statements[v.cross.current];
      s.goTo(st.id);
      return (s.record.heldIds() as string[]).find((i) => !s.crossModel(v.cross.id).statements.find((m: any) => m.id === st.id).answers.includes(i));
    });
    await page.evaluate(() => {
      const w = window as any;
      w.__wrong = new Promise<void>((r) => w.__TEST__.stage.on('wrong-landed', () => r()));
    });
    await page.evaluate((i) => (window as any).__TEST__.courtroom.session.present(i), wrongItem);
    await page.evaluate(() => (window as any).__wrong);
    await screenshot(page, `objection-${tag}-4-wrong`);
    expect(await page.evaluate(() => (window as any).__TEST__.stage.snapshot().wrongs)).toBeGreaterThan(0);
    expect(gameErrors(page)).toEqual([]);
    void label;
    await page.context().close();
  });
});

describe('the picture at rest', () => {
  it('is a still copy of the canvas while the render loop sleeps, with the same pixels; the canvas itself is shown whenever it draws', async () => {
    // A 2D canvas on screen is handed to the compositor again at every frame of the page, drawn
    // or not; its still copy is handed over once (stage.ts, stillFrame).
    const page = await startPrologue(await openGame(cpuBrowser()), true);
    const stillShown = () => {
      const T = (window as any).__TEST__;
      const still = document.querySelector<HTMLCanvasElement>('#stage canvas.stage-still');
      return !!still && !still.hidden && T.stage.game.canvas.hidden && !T.stage.game.loop.running;
    };
    await page.waitForFunction(stillShown);
    const diff = await page.evaluate(() => {
      const game = (window as any).__TEST__.stage.game;
      const pixels = (source: HTMLCanvasElement) => {
        const c = document.createElement('canvas');
        c.width = 160;
        c.height = 90;
        const ctx = c.getContext('2d', { willReadFrequently: true })!;
        ctx.drawImage(source, 0, 0, 160, 90);
        return ctx.getImageData(0, 0, 160, 90).data;
      };
      const a = pixels(game.canvas);
      const b = pixels(document.querySelector<HTMLCanvasElement>('#stage canvas.stage-still')!);
      let max = 0;
      let lit = 0;
      for (let i = 0; i < a.length; i++) {
        max = Math.max(max, Math.abs(a[i] - b[i]));
        if (i % 4 !== 3 && a[i] > 40) lit++;
      }
      return { max, lit };
    });
    expect(diff.lit, 'the canvas holds a picture').toBeGreaterThan(1000);
    expect(diff.max, 'the still copy has the canvas\'s pixels').toBeLessThanOrEqual(2);
    // Every frame the stage draws from here on is drawn with the canvas itself on screen.
    await page.evaluate(() => {
      const w = window as any;
      w.__drawnHidden = 0;
      w.__drawn = 0;
      w.__TEST__.stage.game.events.on('postrender', () => {
        w.__drawn++;
        if (w.__TEST__.stage.game.canvas.hidden) w.__drawnHidden++;
      });
    });
    // Line by line, each read until the stage is at rest again (pressing on faster than frames,
    // the stage draws only when the reader pauses: stage.lineShown).
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Enter');
      // The picture comes the frame after the line's (stage.ts, wake): three frames on, then at rest.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
      await page.waitForFunction(`(${stillShown})() && !document.documentElement.dataset.busy`);
    }
    const { drawn, drawnHidden } = await page.evaluate(() => ({ drawn: (window as any).__drawn, drawnHidden: (window as any).__drawnHidden }));
    expect(drawn, 'frames drawn over twelve lines of the Prologue').toBeGreaterThan(3);
    expect(drawnHidden, 'frames drawn while the still copy stood in for the canvas').toBe(0);
    await page.waitForFunction(stillShown); // and at rest again, the copy
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a picture not loaded yet', () => {
  it('does not hold its line: the text is shown at once, the page busy="art" until the picture is drawn; no other speaker\'s face stays meanwhile, and the place caption comes with the picture', async () => {
    // No art loaded ahead: every new background and face is loaded when its line comes.
    const page = await openGame(cpuBrowser(), { query: 'art=on-demand' });
    await page.focus('[data-case="prologue"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.getElementById('line-text')!.textContent && !document.documentElement.dataset.busy);
    await page.evaluate(() => {
      const w = window as any;
      w.__atText = [];
      new MutationObserver(() => {
        const snap = w.__TEST__.stage.snapshot();
        w.__atText.push({ busy: document.documentElement.dataset.busy ?? null, background: snap.background, drawnBackground: snap.drawnBackground, bust: snap.bust, drawnBust: snap.drawnBust, caption: document.getElementById('caption')!.textContent, text: document.getElementById('line-text')!.textContent });
      }).observe(document.getElementById('line-text')!, { childList: true, characterData: true, subtree: true });
    });
    const after: Array<{ background: string | null; drawnBackground: string | null; caption: string; text: string }> = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.documentElement.dataset.busy);
      after.push(await page.evaluate(() => ({ ...(window as any).__TEST__.stage.snapshot(), caption: document.getElementById('caption')!.textContent, text: document.getElementById('line-text')!.textContent })));
    }
    type AtText = { busy: string | null; background: string | null; drawnBackground: string | null; bust: string | null; drawnBust: string | null; caption: string; text: string };
    const atText = await page.evaluate(() => (window as any).__atText as AtText[]);
    const early = atText.filter((t) => t.background && t.drawnBackground !== `bg:${t.background}`);
    expect(early.length, `lines shown before their new background was drawn: ${JSON.stringify(atText)}`).toBeGreaterThan(0);
    for (const t of early) expect(t.busy, 'the page says the picture is still coming').toBe('art');
    // The place-and-date caption over the stage changes with the picture, not before it: some
    // of these lines show another caption once their picture is drawn than with their text.
    const captionWaited = early.filter((t) => after.some((a) => a.text === t.text && a.caption !== t.caption));
    expect(captionWaited.length, `lines whose caption came with their picture: ${JSON.stringify(early.map((t) => t.caption))}`).toBeGreaterThan(0);
    for (const t of atText) {
      const who = t.bust?.split(':')[0];
      if (t.drawnBust?.startsWith('bust:')) expect(t.drawnBust.startsWith(`bust:${who}-`), `another speaker's face over the line: ${JSON.stringify(t)}`).toBe(true);
    }
    // Once the page is no longer busy, the picture asked for is the one drawn.
    for (const a of after) if (a.background) expect(a.drawnBackground).toBe(`bg:${a.background}`);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a line\'s frame', () => {
  it('holds only the page\'s text: the stage draws the line\'s picture in a later frame, ink read the line ahead, and no attribute is written again with the value it had', async () => {
    const page = await startPrologue(await openGame(cpuBrowser()), true);
    await page.waitForFunction(() => (window as any).__TEST__.stage.resting());
    await page.evaluate(() => {
      const w = window as any;
      const game = w.__TEST__.stage.game;
      w.__renders = 0;
      game.events.on('postrender', () => w.__renders++);
      w.__lines = [];
      let atKey = -1;
      // Ink moved on between the key and the line (the line was not read ahead, or was put back).
      const story = w.__TEST__.courtroom.session.story;
      const continueStory = story.Continue.bind(story);
      let inkInStep = 0;
      story.Continue = () => (inkInStep++, continueStory());
      let readAhead = false;
      window.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        atKey = w.__renders;
        inkInStep = 0;
        readAhead = w.__TEST__.courtroom.session.readAhead;
      }, true);
      new MutationObserver(() => {
        if (atKey < 0) return;
        const key = atKey;
        atKey = -1;
        const step = { readAhead, inkInStep };
        // The line's frame: a frame callback registered now runs in the frame that shows it.
        requestAnimationFrame(() => w.__lines.push({ drawnBeforeItsFrame: w.__renders - key, ...step }));
      }).observe(document.getElementById('line-text')!, { childList: true, characterData: true, subtree: true });
      // Every attribute write that changed nothing (the same value again).
      w.__sameAgain = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as Element;
          if (r.attributeName && el.getAttribute(r.attributeName) === r.oldValue) w.__sameAgain.push(`${el.id || el.tagName} ${r.attributeName}`);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeOldValue: true });
    });
    for (let i = 0; i < 16; i++) {
      // A reader reads the line: meanwhile, in an idle moment, the story reads the next one.
      await page.waitForFunction(() => (window as any).__TEST__.courtroom.session.readAhead);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as any).__TEST__.stage.resting() && !document.documentElement.dataset.busy);
    }
    const { lines, renders, sameAgain } = await page.evaluate(() => ({ lines: (window as any).__lines, renders: (window as any).__renders, sameAgain: (window as any).__sameAgain }));
    expect(lines.length).toBeGreaterThanOrEqual(12);
    expect(renders, 'the stage drew the lines\' pictures').toBeGreaterThan(3);
    expect(lines.filter((l: { drawnBeforeItsFrame: number }) => l.drawnBeforeItsFrame > 0), 'lines whose picture was drawn before or in their own frame').toEqual([]);
    expect(sameAgain, 'attributes written again with the value they had').toEqual([]);
    expect(lines.filter((l: { readAhead: boolean; inkInStep: number }) => !l.readAhead || l.inkInStep > 0), 'steps that moved ink on themselves').toEqual([]);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
