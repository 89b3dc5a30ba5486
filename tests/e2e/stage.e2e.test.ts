// The stage draws what the story says: a full playthrough of every case, driven through the
// game's own test hooks (the session in play, instant text), with reduced motion on and off.
// At every change of background, and at the first line of every speaker, the moment the line's
// text is on screen the stage must already show the art the story asks for — checked on the
// PIXELS the renderer drew, against the same SVG rasterised by the browser into a plain canvas:
//   background: the mean colour of three corner regions (where no bust, banner or card falls)
//   bust: a 3x3 grid of cell means over the bust, against background + bust composited.
// Then the objection beat: screenshots before, during and after, timed by the stage's events.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CASES } from '../../src/content/caseList';
import { CaseSession } from '../../src/story/caseSession';
import { writeFileSync, mkdirSync } from 'node:fs';
import { gameErrors, openGame, screenshot, SCREENSHOTS, useBrowser } from './browser';
import { caseRoute } from './caseRoute';

const browserFor = useBrowser();

interface Check {
  at: string;
  kind: 'background' | 'bust';
  expected: string;
  drawn: string | null;
  distance: number;
  nearest: string;
}

/** Runs in the page: plays the route through the session and checks the canvas at each scene change. */
async function playAndCheck(page: Page, route: string[], boards: Record<string, Array<{ id: string; cell: number; fixed: boolean }>>): Promise<{ checks: Check[]; lines: number }> {
  return page.evaluate(
    async ({ route, boards }) => {
      const T = (window as any).__TEST__;
      const session = T.courtroom.session;
      const stage = T.stage;
      // Compared at a quarter of the stage's size: cheap to read, and a wrong picture still stands out.
      const W = 320;
      const H = 180;
      const manifest = await (await fetch('art/manifest.json')).json();
      const BUST = { x: W / 2, y: H, scale: (H * 0.82) / 600, w: 480, h: 600 };
      const q = (r: number[]) => r.map((v) => Math.round(v / 4));
      const BG_REGIONS = [q([40, 40, 200, 160]), q([40, 520, 200, 170]), q([1040, 520, 200, 170])];
      const BUST_REGION = q([520, 230, 240, 240]);

      const image = (url: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = url;
        });
      const ctxOf = () => {
        const c = document.createElement('canvas');
        c.width = W;
        c.height = H;
        return c.getContext('2d', { willReadFrequently: true })!;
      };
      const means = (ctx: CanvasRenderingContext2D, [x, y, w, h]: number[], grid = 1) => {
        const out: number[] = [];
        for (let gy = 0; gy < grid; gy++)
          for (let gx = 0; gx < grid; gx++) {
            const cw = Math.floor(w / grid);
            const ch = Math.floor(h / grid);
            const d = ctx.getImageData(x + gx * cw, y + gy * ch, cw, ch).data;
            const sum = [0, 0, 0];
            for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) sum[k] += d[i + k];
            for (let k = 0; k < 3; k++) out.push(sum[k] / (d.length / 4));
          }
        return out;
      };
      const dist = (a: number[], b: number[]) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / a.length;

      // References, rasterised once: each background, and each bust over its background.
      const bgImages = new Map<string, HTMLImageElement>();
      const bgImage = async (id: string) => {
        if (!bgImages.has(id)) bgImages.set(id, await image(`art/bg/${id}.svg`));
        return bgImages.get(id)!;
      };
      const bgRef = new Map<string, number[]>();
      for (const id of manifest.backgrounds as string[]) {
        const ctx = ctxOf();
        ctx.drawImage(await bgImage(id), 0, 0, W, H);
        bgRef.set(id, BG_REGIONS.flatMap((r) => means(ctx, r)));
      }
      const bustRef = async (bg: string | null, key: string | null) => {
        const ctx = ctxOf();
        ctx.fillStyle = '#1b1a17';
        ctx.fillRect(0, 0, W, H);
        if (bg && bgImages.has(bg)) ctx.drawImage(bgImages.get(bg)!, 0, 0, W, H);
        if (key) {
          const img = await image(`art/busts/${key.slice('bust:'.length)}.svg`);
          const w = BUST.w * BUST.scale;
          const h = BUST.h * BUST.scale;
          ctx.drawImage(img, BUST.x - w / 2, BUST.y - h, w, h);
        }
        return means(ctx, BUST_REGION, 3);
      };

      const shown = () =>
        new Promise<void>((resolve) => {
          const root = document.documentElement;
          if (!root.dataset.busy) return resolve();
          const obs = new MutationObserver(() => {
            if (root.dataset.busy) return;
            obs.disconnect();
            resolve();
          });
          obs.observe(root, { attributes: true, attributeFilter: ['data-busy'] });
        });
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const pixels = async () => {
        const canvas: HTMLCanvasElement = await stage.capture(W, H);
        return canvas.getContext('2d', { willReadFrequently: true })!;
      };

      const checks: any[] = [];
      let lastBg: string | undefined;
      const speakersSeen = new Set<string>();
      let lines = 0;
      /** After each step: if the scene changed, wait until its line is on screen and look at the canvas. */
      const look = async (at: string) => {
        await shown();
        const snap = stage.snapshot();
        const newBg = snap.background !== lastBg;
        const speaker = snap.bust && !snap.page && !snap.document ? snap.bust : null;
        const newSpeaker = speaker && !speakersSeen.has(speaker.split(':')[0]);
        if (!newBg && !newSpeaker) return;
        lastBg = snap.background;
        if (speaker) speakersSeen.add(speaker.split(':')[0]);
        // What is drawn at the moment the text is shown (not merely asked for).
        const wantBg = snap.background && manifest.backgrounds.includes(snap.background) ? `bg:${snap.background}` : 'fill';
        if (newBg) checks.push({ at, kind: 'background', expected: wantBg, drawn: snap.drawnBackground, distance: -1, nearest: wantBg });
        if (newSpeaker) checks.push({ at, kind: 'bust', expected: snap.drawnBust ?? 'none', drawn: snap.drawnBust, distance: -1, nearest: '' });
        // Then the pixels, once any beat in flight (a flash, a banner) has passed.
        while (stage.isBusy()) await frame();
        const ctx = await pixels();
        if (newBg && snap.background && bgRef.has(snap.background)) {
          const sig = BG_REGIONS.flatMap((r) => means(ctx, r));
          let nearest = '';
          let best = Infinity;
          for (const [id, ref] of bgRef) {
            const d = dist(sig, ref);
            if (d < best) [best, nearest] = [d, id];
          }
          const check = checks.filter((c) => c.kind === 'background').at(-1);
          Object.assign(check, { distance: dist(sig, bgRef.get(snap.background)!), nearest: `bg:${nearest}` });
          if (check.nearest !== check.expected) check.png = ctx.canvas.toDataURL();
        }
        if (newSpeaker && snap.drawnBust) {
          const sig = means(ctx, BUST_REGION, 3);
          const withBust = dist(sig, await bustRef(snap.background, snap.drawnBust));
          const without = dist(sig, await bustRef(snap.background, null));
          const check = checks.filter((c) => c.kind === 'bust').at(-1);
          Object.assign(check, { distance: withBust, nearest: withBust < without ? snap.drawnBust : 'no bust' });
          if (check.nearest !== check.expected) check.png = ctx.canvas.toDataURL();
        }
      };

      const advanceAll = async () => {
        for (let i = 0; i < 2000 && session.view().phase === 'line'; i++) {
          await look(`line ${lines}: ${session.view().line.text.slice(0, 50)}`);
          lines++;
          session.advance();
        }
        await look('after lines');
      };

      await look('start');
      for (const action of route) {
        if (action === 'start') continue;
        await advanceAll();
        const [kind, a, b] = action.split(':');
        const view = session.view();
        if (kind === 'choose') {
          const text = action.slice('choose:'.length).trim();
          const c = view.choices.find((x: any) => x.text.trim() === text);
          if (!c) throw new Error(`choice "${text}" not offered`);
          session.choose(c.index);
        } else if (kind === 'press') {
          session.goTo(a);
          session.press();
        } else if (kind === 'present') {
          session.goTo(a);
          session.present(b);
        } else if (kind === 'deduce') {
          session.deduce(a, b);
        } else if (kind === 'board') {
          for (const c of boards[a] ?? []) if (!c.fixed) session.placeCard(c.id, c.cell);
          session.finishBoard();
        } else if (kind === 'point') {
          session.point(action.slice('point:'.length));
        } else throw new Error(`unknown action ${action}`);
        await look(action);
      }
      await advanceAll();
      if (session.view().phase !== 'ended') throw new Error(`the route ended in phase ${session.view().phase}`);
      return { checks, lines };
    },
    { route, boards },
  );
}

const motions = [['reduced motion', 'reduce'], ['full motion', 'no-preference']] as const;

describe.each(CASES.map((c) => c.id))('the stage in %s', (id) => {
  it.each(motions)('shows the expected art at every scene change (%s), checked on the pixels', { timeout: 600_000 }, async (_label, motion) => {
    const { content, route } = caseRoute(id);
    const session = new CaseSession(content, { strict: true });
    const boards = Object.fromEntries(
      session.activityIds('board').map((b) => [b, session.boardModel(b).cards.map((c) => ({ id: c.id, cell: c.from, fixed: c.fixed }))]),
    );
    const page = await openGame(browserFor(), { reducedMotion: motion });
    await page.evaluate(() => (window as any).__TEST__.settings.update({ textSpeed: 'instant' }));
    await page.focus(`[data-case="${id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__TEST__.courtroom?.session);
    const { checks, lines } = await playAndCheck(page, route, boards);
    mkdirSync(SCREENSHOTS, { recursive: true });
    expect(lines).toBeGreaterThan(20);
    const backgrounds = checks.filter((c) => c.kind === 'background');
    const busts = checks.filter((c) => c.kind === 'bust');
    expect(backgrounds.length, 'scene changes seen').toBeGreaterThan(1);
    const bad = checks.filter((c) =>
      c.kind === 'background'
        ? c.drawn !== c.expected || c.nearest !== c.expected || c.distance > 6
        : c.drawn !== c.expected || (c.drawn && c.drawn !== 'none' && (c.nearest !== c.drawn || c.distance > 14)),
    );
    bad.forEach((c: any, i: number) => {
      if (c.png) writeFileSync(`${SCREENSHOTS}/stage-mismatch-${id}-${motion}-${i}.png`, Buffer.from(c.png.split(',')[1], 'base64'));
      delete c.png;
    });
    expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
    expect(busts.length).toBeGreaterThan(0);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the objection beat', () => {
  it.each(motions)('holds the text until the banner has landed, then the witness is shaken (%s); Hold it! on a press; a wrong present breaks a mark', async (label, motion) => {
    const { route } = caseRoute('prologue');
    const page = await openGame(browserFor(), { reducedMotion: motion });
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
