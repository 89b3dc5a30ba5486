// The stage draws what the story says, checked while a case is played by keyboard (the
// playthroughs in prologue, drammen and sittings .e2e.test.ts): one playthrough per case
// both plays the HTML layer and watches the canvas, instead of a second walk for the pixels.
// At every change of background, and at the first line of every speaker, once the line's text is
// on screen and the page is no longer busy (a line whose art is still loading is shown first,
// html[data-busy="art"], until its picture is drawn) the stage must show the art the story asks
// for — checked on the
// PIXELS the renderer drew, against the same SVG rasterised by the browser into a plain canvas:
//   background: the mean colour of three corner regions (where no bust, banner or card falls)
//   bust: a 3x3 grid of cell means over the bust, against background + bust composited.
// The watcher lives in the page; browser.ts's phase() calls its look() each time the test
// reads what the game shows, so it sees every step the keyboard takes.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import { SCREENSHOTS } from './browser';

export interface StageCheck {
  at: string;
  kind: 'background' | 'bust' | 'page';
  expected: string;
  drawn: string | null;
  distance: number;
  nearest: string;
  png?: string;
}

/**
 * Each case is watched in one motion setting, alternating, so both settings meet every kind of
 * scene change and beat across the cases (the motion setting is the stage's code, not the case's;
 * the objection beat itself is tested in both in stage.e2e.test.ts).
 */
export const MOTION_OF: Record<string, 'reduce' | 'no-preference'> = {
  prologue: 'reduce',
  'drammen-1': 'no-preference',
  'drammen-2': 'reduce',
  'coyoacan-1': 'no-preference',
  'coyoacan-2': 'reduce',
  'coyoacan-3': 'no-preference',
  'coyoacan-4': 'reduce',
};

/** Installs the watcher in the page (once the game is open, before the case starts). */
export async function watchStage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as any;
    // __TEST__ is replaced when a case starts (main.ts): always read it afresh.
    const stage = w.__TEST__.stage;
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
    const means = (ctx: CanvasRenderingContext2D, [x, y, rw, rh]: number[], grid = 1) => {
      const out: number[] = [];
      for (let gy = 0; gy < grid; gy++)
        for (let gx = 0; gx < grid; gx++) {
          const cw = Math.floor(rw / grid);
          const ch = Math.floor(rh / grid);
          const d = ctx.getImageData(x + gx * cw, y + gy * ch, cw, ch).data;
          const sum = [0, 0, 0];
          for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) sum[k] += d[i + k];
          for (let k = 0; k < 3; k++) out.push(sum[k] / (d.length / 4));
        }
      return out;
    };
    const dist = (a: number[], b: number[]) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / a.length;

    // References, rasterised when first needed: each background, and each bust over its background.
    const bgImages = new Map<string, HTMLImageElement>();
    const bgImage = async (id: string) => {
      if (!bgImages.has(id)) bgImages.set(id, await image(`art/bg/${id}.svg`));
      return bgImages.get(id)!;
    };
    const bgRef = new Map<string, number[]>();
    const allBgRefs = async () => {
      for (const id of manifest.backgrounds as string[]) {
        if (bgRef.has(id)) continue;
        const ctx = ctxOf();
        ctx.drawImage(await bgImage(id), 0, 0, W, H);
        bgRef.set(id, BG_REGIONS.flatMap((r) => means(ctx, r)));
      }
    };
    const bustRef = async (bg: string | null, key: string | null) => {
      const ctx = ctxOf();
      ctx.fillStyle = '#1b1a17';
      ctx.fillRect(0, 0, W, H);
      if (bg && manifest.backgrounds.includes(bg)) ctx.drawImage(await bgImage(bg), 0, 0, W, H);
      if (key) {
        const img = await image(`art/busts/${key.slice('bust:'.length)}.svg`);
        const bw = BUST.w * BUST.scale;
        const bh = BUST.h * BUST.scale;
        ctx.drawImage(img, BUST.x - bw / 2, BUST.y - bh, bw, bh);
      }
      return means(ctx, BUST_REGION, 3);
    };
    const frame = () => new Promise((r) => requestAnimationFrame(r));

    const checks: any[] = [];
    let lastBg: string | undefined;
    const speakersSeen = new Set<string>();
    let pagesSeen = 0;
    /** Called with the page not busy (the step's text is on screen): if the scene changed, look at the canvas. */
    const look = async () => {
      if (!w.__TEST__.courtroom?.session) return;
      const snap = stage.snapshot();
      const newBg = snap.background !== lastBg;
      const speaker = snap.bust && !snap.page && !snap.document ? snap.bust : null;
      const newSpeaker = speaker && !speakersSeen.has(speaker.split(':')[0]);
      // A page (a document's voice, transcript testimony) is kept and shown again: each time one
      // is asked for, it must be visible, not a hidden copy left from before.
      if ((snap.drawnBust?.startsWith('page:') || snap.document) && !snap.pagesShown) {
        checks.push({ at: `${document.body.dataset.phase ?? ''}: ${(document.querySelector('#line-text')?.textContent ?? '').slice(0, 50)}`, kind: 'page', expected: 'visible', drawn: 'hidden', distance: -1, nearest: '' });
      }
      if ((snap.drawnBust?.startsWith('page:') || snap.document)) pagesSeen++;
      if (!newBg && !newSpeaker) return;
      const at = `${document.body.dataset.phase ?? ''}: ${(document.querySelector('#line-text')?.textContent ?? '').slice(0, 50)}`;
      lastBg = snap.background;
      if (speaker) speakersSeen.add(speaker.split(':')[0]);
      // What is drawn at the moment the text is shown (not merely asked for).
      const wantBg = snap.background && manifest.backgrounds.includes(snap.background) ? `bg:${snap.background}` : 'fill';
      const bgCheck = newBg ? { at, kind: 'background', expected: wantBg, drawn: snap.drawnBackground, distance: -1, nearest: wantBg } : null;
      const bustCheck = newSpeaker ? { at, kind: 'bust', expected: snap.drawnBust ?? 'none', drawn: snap.drawnBust, distance: -1, nearest: '' } : null;
      if (bgCheck) checks.push(bgCheck);
      if (bustCheck) checks.push(bustCheck);
      // Then the pixels, once any beat in flight (a flash, a banner) has passed.
      while (stage.isBusy()) await frame();
      const canvas: HTMLCanvasElement = await stage.capture(W, H);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      if (bgCheck && snap.background && manifest.backgrounds.includes(snap.background)) {
        await allBgRefs();
        const sig = BG_REGIONS.flatMap((r) => means(ctx, r));
        let nearest = '';
        let best = Infinity;
        for (const [id, ref] of bgRef) {
          const d = dist(sig, ref);
          if (d < best) [best, nearest] = [d, id];
        }
        Object.assign(bgCheck, { distance: dist(sig, bgRef.get(snap.background)!), nearest: `bg:${nearest}` });
        if (bgCheck.nearest !== bgCheck.expected) (bgCheck as any).png = ctx.canvas.toDataURL();
      }
      if (bustCheck && snap.drawnBust) {
        const sig = means(ctx, BUST_REGION, 3);
        const withBust = dist(sig, await bustRef(snap.background, snap.drawnBust));
        const without = dist(sig, await bustRef(snap.background, null));
        Object.assign(bustCheck, { distance: withBust, nearest: withBust < without ? snap.drawnBust : 'no bust' });
        if (bustCheck.nearest !== bustCheck.expected) (bustCheck as any).png = ctx.canvas.toDataURL();
      }
    };
    w.__stageWatch = { look, checks, pagesSeen: () => pagesSeen };
  });
}

/** The renderer the stage runs on: a playthrough says which one its pixels checked. */
export function stageRenderer(page: Page): Promise<'WebGL' | 'Canvas'> {
  return page.evaluate(() => ((window as any).__TEST__.stage.game.renderer.type === 2 ? 'WebGL' : 'Canvas'));
}

/** What the watcher saw, judged: every scene change drew the art asked for, on the pixels. */
export async function expectStageDrawn(page: Page, id: string, renderer: 'WebGL' | 'Canvas' = 'Canvas'): Promise<void> {
  const checks: StageCheck[] = await page.evaluate(() => (window as any).__stageWatch.checks);
  const backgrounds = checks.filter((c) => c.kind === 'background');
  const busts = checks.filter((c) => c.kind === 'bust');
  expect(await stageRenderer(page), 'the renderer this playthrough checks').toBe(renderer);
  console.info(`${id}: the stage (${renderer}) checked on its pixels at ${backgrounds.length} scene changes and ${busts.length} speakers' first lines`);
  // At least the opening scene (a sitting may play in one room: Coyoacán 2 is all in the Blue House).
  expect(backgrounds.length, 'scene changes seen').toBeGreaterThanOrEqual(1);
  expect(busts.length, 'speakers seen').toBeGreaterThan(0);
  const pagesSeen: number = await page.evaluate(() => (window as any).__stageWatch.pagesSeen());
  console.info(`${id}: a page (a document's voice or transcript testimony) on the stage at ${pagesSeen} steps`);
  const bad = checks.filter((c) =>
    c.kind === 'page' ? true : c.kind === 'background'
      ? c.drawn !== c.expected || c.nearest !== c.expected || c.distance > 6
      : c.drawn !== c.expected || (c.drawn && c.drawn !== 'none' && (c.nearest !== c.drawn || c.distance > 14)),
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  bad.forEach((c, i) => {
    if (c.png) writeFileSync(`${SCREENSHOTS}/stage-mismatch-${id}-${i}.png`, Buffer.from(c.png.split(',')[1], 'base64'));
    delete c.png;
  });
  expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
}

export const motions = [['reduced motion', 'reduce'], ['full motion', 'no-preference']] as const;
