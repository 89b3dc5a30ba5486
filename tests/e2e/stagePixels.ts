// The stage draws what the story says (shared by stage.e2e.test.ts and stage-case2.e2e.test.ts,
// so the two halves run in parallel): a full playthrough of every case, driven through the
// game's own test hooks (the session in play, instant text), with reduced motion on and off.
// At every change of background, and at the first line of every speaker, the moment the line's
// text is on screen the stage must already show the art the story asks for — checked on the
// PIXELS the renderer drew, against the same SVG rasterised by the browser into a plain canvas:
//   background: the mean colour of three corner regions (where no bust, banner or card falls)
//   bust: a 3x3 grid of cell means over the bust, against background + bust composited.
// Then the objection beat: screenshots before, during and after, timed by the stage's events.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CaseSession } from '../../src/story/caseSession';
import { writeFileSync, mkdirSync } from 'node:fs';
import { gameErrors, openGame, SCREENSHOTS } from './browser';
import { caseRoute } from './caseRoute';

interface Check {
  at: string;
  kind: 'background' | 'bust';
  expected: string;
  drawn: string | null;
  distance: number;
  nearest: string;
}

/** Runs in the page: plays the route through the session and checks the canvas at each scene change. */
async function playAndCheck(page: Page, route: string[], boards: Record<string, Array<{ id: string; cell: number; lane: string; fixed: boolean }>>): Promise<{ checks: Check[]; lines: number }> {
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
        (window as any).__stageAt = at; // where the walk is, for a failure message
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
          for (const c of boards[a] ?? []) if (!c.fixed) session.placeCard(c.id, c.cell, c.lane);
          while (!(session.view() as { board: { complete: boolean } }).board.complete) session.checkBoard();
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

export const motions = [['reduced motion', 'reduce'], ['full motion', 'no-preference']] as const;

/** A full playthrough of each case, checked on the pixels, with reduced motion on and off. */
export function describeStageFor(ids: string[], browserFor: () => Browser): void {
describe.each(ids)('the stage in %s', (id) => {
  it.each(motions)('shows the expected art at every scene change (%s), checked on the pixels', { timeout: 600_000 }, async (_label, motion) => {
    const { content, route } = caseRoute(id);
    const session = new CaseSession(content, { strict: true });
    const boards = Object.fromEntries(
      session.activityIds('board').map((b) => [b, session.boardModel(b).cards.map((c) => ({ id: c.id, cell: c.from, lane: c.lane, fixed: c.fixed }))]),
    );
    const page = await openGame(browserFor(), { reducedMotion: motion });
    await page.evaluate(() => (window as any).__TEST__.settings.update({ textSpeed: 'instant' }));
    await page.focus(`[data-case="${id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__TEST__.courtroom?.session);
    // A walk that stops moving says where it stopped (not only that the test timed out).
    let stalled: ReturnType<typeof setInterval> | undefined;
    let last = '';
    const watch = new Promise<never>((_, reject) => {
      stalled = setInterval(async () => {
        const at = await page.evaluate(() => `${(window as any).__stageAt} · busy=${document.documentElement.dataset.busy ?? ''} · stage busy=${(window as any).__TEST__.stage.isBusy?.()}`).catch(() => '');
        if (at === last) reject(new Error(`the walk stopped at ${at}`));
        last = at;
      }, 60_000);
    });
    const { checks, lines } = await Promise.race([playAndCheck(page, route, boards), watch]).finally(() => clearInterval(stalled));
    mkdirSync(SCREENSHOTS, { recursive: true });
    expect(lines).toBeGreaterThan(20);
    const backgrounds = checks.filter((c) => c.kind === 'background');
    const busts = checks.filter((c) => c.kind === 'bust');
    // At least the opening scene (a sitting may play in one room: Coyoacán 2 is all in the Blue House).
    expect(backgrounds.length, 'scene changes seen').toBeGreaterThanOrEqual(1);
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
}
