// Creates the Phaser game for the stage and offers the game a small, typed surface.
import * as Phaser from 'phaser';
import { CourtroomScene, STAGE_H, STAGE_W, type BannerKind, type StageSnapshot } from './CourtroomScene';
import { sceneLabel } from './sceneLabels';
import { setAttr } from '../ui/dom';
import { fitSize } from './stageFit';
import { chooseRenderer, webglRendererName } from './rendererChoice';

/** Events the stage emits when a beat reaches its moment (the game and the tests wait on them). */
export type StageEvent = 'drawn' | 'objection-landed' | 'objection-done' | 'wrong-landed' | 'wrong-done';

export interface Stage {
  ready: Promise<void>;
  /** The Phaser game (null until the stage is built: see lazyStage.ts). */
  readonly game: Phaser.Game | null;
  setBackground(id: string | null): void;
  /** `page` names a voice read from a document (a newspaper, a trial record): its page is drawn instead of a bust. */
  setSpeaker(character: string | null, expression: string | null, page?: string | null): void;
  setDocument(title: string | null): void;
  /**
   * A line is going on the page: a picture still due to be drawn (the previous line's, the
   * reader pressing on within a frame or two) waits for the frame after this line's, so that
   * frame holds only the text. A reader pressing through faster than frames sees the stage
   * drawn once, when they pause.
   */
  lineShown(): void;
  /** Resolves when the banner has landed (about a second). */
  objection(label: string, kind?: BannerKind): Promise<void>;
  flash(): void;
  evidenceIn(title: string): void;
  /** The wrong-present beat: the mark breaks. */
  wrong(markLost?: boolean): void;
  setReducedMotion(on: boolean): void;
  snapshot(): StageSnapshot;
  /** True while a beat (banner, flash, card, broken mark) is in flight or art is loading. */
  isBusy(): boolean;
  /**
   * Nothing is due to be drawn, the render loop sleeps, and the still copy stands in for the
   * canvas where one is used: the stage as a reader who has read the line sees it. (The bench
   * waits for it between lines, so that a line is not timed with the previous line's picture.)
   */
  resting(): boolean;
  /** True when the background and bust the story asks for are on screen. */
  isDrawn(): boolean;
  /** Resolves when they are (at once if they already are). */
  whenDrawn(): Promise<void>;
  /** Loads art ahead of need, one picture at a time: 'bg:…' and 'speaker:…' in story order. */
  preload(order: string[]): void;
  on(event: StageEvent, fn: (...args: unknown[]) => void): () => void;
  /** The pixels the renderer draws next, copied (scaled to width x height) into a 2D canvas (for the browser tests). */
  capture(width?: number, height?: number): Promise<HTMLCanvasElement>;
}

export function createStage(parent: HTMLElement, reducedMotion: boolean): Stage {
  const scene = new CourtroomScene();
  scene.reducedMotion = reducedMotion;
  scene.beatScale = testBeatScale();
  let resolveReady: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const game = new Phaser.Game({
    type: rendererFor(),
    parent,
    width: STAGE_W,
    height: STAGE_H,
    backgroundColor: '#1b1a17',
    // A courtroom stage needs no 60 fps; half the frames leave the main thread to the text,
    // which matters on school Chromebooks (and in software-rendered test browsers).
    fps: { limit: 30 },
    banner: false,
    audio: { noAudio: true }, // sound is Howler's job
    input: { keyboard: false }, // the HTML layer owns the keyboard
    scale: { mode: Phaser.Scale.NONE },
    scene: [scene],
  });
  // Calls that arrive before the scene exists are replayed once it does.
  const queued: Array<() => void> = [];
  let live = false;
  const run = (fn: () => void) => (live ? fn() : queued.push(fn));
  const whenLive = new Promise<void>((resolve) => {
    scene.onCreated = () => {
      live = true;
      wake();
      for (const fn of queued.splice(0)) fn();
      resolve();
    };
  });
  scene.onArtReady = () => resolveReady();
  // The canvas is fitted by CSS, letterboxed at 16:9: Phaser's own FIT mode measures the
  // window rather than the stage area, which shrinks when the testimony panel or a larger
  // text size takes room. The canvas takes no pointer input, so nothing else depends on it.
  // The canvas keeps its size through small changes of the stage area (stageFit.ts).
  let shown = 0;
  const fit = () => {
    const canvas = game.canvas;
    if (!canvas) return;
    const { width, height } = parent.getBoundingClientRect();
    const w = fitSize(shown, Math.floor(Math.min(width, (height * STAGE_W) / STAGE_H)));
    if (w === shown) return;
    shown = w;
    for (const c of [canvas, stillCanvas]) {
      c.style.width = `${w}px`;
      c.style.height = `${Math.floor((w * STAGE_H) / STAGE_W)}px`;
    }
  };
  // A resize only rescales the canvas in CSS: its pixels stay as drawn, so the loop stays
  // asleep. (The stage area changes height with every line of a different length; waking
  // Phaser for each one kept software WebGL busy and delayed the frame showing the line.)
  new ResizeObserver(fit).observe(parent);

  // Render on demand: a courtroom picture is still most of the time, and every frame
  // costs main-thread time on weak machines (and blocks input in software rendering).
  // The loop wakes on any change, draws it, and sleeps again after that one frame unless
  // something moves (a tween, a camera shake). A frame of a still picture is the same picture
  // drawn again: with the Canvas renderer every one of them repaints the whole stage (it used
  // to stay awake 150 ms, four or five frames per line, each costing what the first did).
  // "Drawn" is counted in frames, not time: on a loaded machine a frame can take longer than
  // any delay, and a loop put to sleep before it drew the change left the old picture on screen
  // (and a capture waiting for a frame that never came).
  const still = stillFrame(game);
  const { canvas: stillCanvas, show: showStill, hide: hideStill } = still;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let framesSinceWake = 0;
  const trySleep = () => {
    clearTimeout(idleTimer);
    if (!live) return; // the scene is not built yet: onCreated wakes the loop
    if (framesSinceWake < 1) return; // the change is not drawn yet: the next frame calls again
    if (scene.isAnimating()) {
      idleTimer = setTimeout(trySleep, 100); // checked again while it moves (each frame would be wasteful)
      return;
    }
    game.loop.sleep();
    showStill();
  };
  // Only motion keeps it awake: a beat that merely waits (a reduced-motion card held on screen)
  // wakes it again when its timed change comes.
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    framesSinceWake++;
    // After the frame, not inside Phaser's step: sleeping mid-step would cut the step short.
    if (framesSinceWake === 1) idleTimer = setTimeout(trySleep, 0);
  });
  // A sleeping loop wakes in the next frame, not this one: the frame showing a line then holds
  // only the page's text, and the picture follows a frame later. Drawing the stage in the same
  // frame made every line with a new bust or card wait for a full repaint of the canvas (its
  // draw, then its rasterising in the commit): ~4-5 ms on this machine, 20 ms at 4x CPU
  // throttle, twice what the text itself costs. (The scene's objects change at once: what
  // isDrawn() says and the tests check is the same; only the pixels come a frame later.)
  // A loop still awake after drawing the previous line (a reader pressing on quickly) is put to
  // sleep and woken the same way, unless something moves on the stage (a card flying in goes on
  // in the coming frame) or Phaser is inside its own frame now. A wake still due when the next
  // line comes waits for that line's frame too (lineShown, below).
  let stepping = false;
  game.events.on(Phaser.Core.Events.PRE_STEP, () => (stepping = true));
  game.events.on(Phaser.Core.Events.POST_RENDER, () => (stepping = false));
  const wake = () => {
    framesSinceWake = 0;
    clearTimeout(idleTimer);
    if (game.loop.running) {
      if (stepping || !live || scene.isAnimating()) return;
      game.loop.sleep();
    }
    wakeNextFrame();
  };
  // One wake is pending at a time (several changes of one line ask for it several times):
  // 'frame' waits for this frame's callbacks, 'next' for the next frame's, where it wakes the loop.
  let pending: 'none' | 'frame' | 'next' = 'none';
  let rafId = 0;
  const wakeNow = () => {
    pending = 'none';
    if (game.loop.running) return;
    hideStill();
    game.loop.wake();
  };
  const wakeNextFrame = () => {
    if (pending === 'frame') return; // already: the frame after this one
    // Asked after this frame's callbacks ran (a line in a later task): the wake that was due in
    // the coming frame would draw in that line's frame, so it goes back a frame.
    if (pending === 'next') cancelAnimationFrame(rafId);
    pending = 'frame';
    // Phaser's wake() draws at once, inside the call: called from this frame's callbacks it
    // would draw in this frame. From the next frame's, it draws in that one.
    rafId = requestAnimationFrame(() => {
      pending = 'next';
      rafId = requestAnimationFrame(wakeNow);
    });
  };
  scene.onActivity = wake;
  game.events.once(Phaser.Core.Events.READY, fit);

  const once = (event: StageEvent) => new Promise<void>((resolve) => scene.events.once(event, () => resolve()));

  return {
    ready,
    game,
    setBackground: (id) => {
      setAttr(parent, 'aria-label', sceneLabel(id)); // #stage is role="img": say which scene is drawn
      run(() => scene.setBackground(id));
    },
    setSpeaker: (c, e, page = null) => run(() => scene.setSpeaker(c, e, page)),
    lineShown: () => {
      if (pending !== 'none') wakeNextFrame(); // the previous line's picture, not drawn yet, waits a frame more
    },
    setDocument: (t) => run(() => scene.setDocument(t)),
    objection: (label, kind = 'objection') =>
      whenLive.then(() => {
        const landed = once('objection-landed');
        scene.objection(label, kind);
        return landed;
      }),
    flash: () => run(() => scene.flash()),
    evidenceIn: (t) => run(() => scene.evidenceIn(t)),
    wrong: (markLost = true) => run(() => scene.wrong(markLost)),
    setReducedMotion: (on) => (live ? scene.applyReducedMotion(on) : (scene.reducedMotion = on)),
    snapshot: () => (live ? scene.snapshot() : { background: null, bust: null, banners: 0, flashes: 0, evidenceCards: 0 }),
    isDrawn: () => live && scene.isDrawn(),
    isBusy: () => !live || scene.isBusy(),
    resting: () => live && pending === 'none' && !game.loop.running && still.settled(),
    whenDrawn: () =>
      whenLive.then(() => {
        if (scene.isDrawn()) return;
        return new Promise<void>((resolve) => {
          const check = () => {
            if (!scene.isDrawn()) return;
            scene.events.off('drawn', check);
            resolve();
          };
          scene.events.on('drawn', check);
        });
      }),
    preload: (order) => {
      if (testArtOnDemand()) return;
      void whenLive.then(() => ready).then(() => scene.preloadArt(order));
    },
    on: (event, fn) => {
      scene.events.on(event, fn);
      return () => scene.events.off(event, fn);
    },
    capture: (width = STAGE_W, height = STAGE_H) =>
      whenLive.then(
        () =>
          new Promise<HTMLCanvasElement>((resolve) => {
            // Right after a frame is drawn the canvas still holds it (WebGL or Canvas): copy it then.
            game.events.once(Phaser.Core.Events.POST_RENDER, () => {
              const c = document.createElement('canvas');
              c.width = width;
              c.height = height;
              c.getContext('2d')!.drawImage(game.canvas, 0, 0, width, height);
              resolve(c);
            });
            wake();
          }),
      ),
  };
}

/**
 * While the render loop sleeps, the page shows a copy of the last frame in place of the canvas.
 * Chromium hands a 2D canvas's pixels to the compositor again at every frame the page commits,
 * drawn or not (~0.7 ms of the main thread per frame here for 1280x720, ~3 ms at 4x CPU
 * throttle): each line's frame paid it for a picture that had not changed. A copy held by a
 * 'bitmaprenderer' canvas is handed over once. Canvas renderer only: a WebGL canvas's pixels
 * may be gone once presented (no preserveDrawingBuffer), so the copy could come out blank.
 * The canvas keeps its pixels while hidden: capture() and the next frame read them as before.
 */
function stillFrame(game: Phaser.Game): { canvas: HTMLCanvasElement; show(): void; hide(): void; settled(): boolean } {
  const still = document.createElement('canvas');
  still.width = STAGE_W;
  still.height = STAGE_H;
  still.className = 'stage-still';
  still.hidden = true;
  let bitmap: ImageBitmapRenderingContext | null | undefined; // known once the renderer is
  let token = 0;
  let copying = 0; // copies under way
  game.events.once(Phaser.Core.Events.READY, () => game.canvas.after(still));
  return {
    canvas: still,
    settled: () => copying === 0,
    show() {
      const mine = ++token;
      if (bitmap === undefined && game.renderer) bitmap = game.renderer.type === Phaser.CANVAS ? still.getContext('bitmaprenderer') : null;
      if (!bitmap || !game.canvas?.isConnected || typeof createImageBitmap !== 'function') return;
      copying++;
      createImageBitmap(game.canvas).then(
        (b) => {
          copying--;
          if (mine !== token || game.loop.running) return b.close(); // woken meanwhile: the canvas stays
          bitmap!.transferFromImageBitmap(b);
          still.hidden = false;
          game.canvas.hidden = true;
        },
        () => void copying--, // no copy: the canvas stays, as before
      );
    },
    hide() {
      token++;
      if (still.hidden) return;
      game.canvas.hidden = false;
      still.hidden = true;
    },
  };
}

/** Only under test (`?test&beats=fast`): beats at a tenth of their length (see CourtroomScene.beatScale). */
function testBeatScale(): number {
  const q = new URLSearchParams(location.search);
  return q.has('test') && q.get('beats') === 'fast' ? 0.1 : 1;
}

/**
 * Only under test (`?test&art=on-demand`): no art loaded ahead, each picture when the story asks
 * for it. The browser tests that do not look at the stage pass it: loading a case's art ahead
 * costs ~0.3 s of the main thread per case started, for pictures those tests never check.
 */
function testArtOnDemand(): boolean {
  const q = new URLSearchParams(location.search);
  return q.has('test') && q.get('art') === 'on-demand';
}

/** The Phaser renderer for this machine (see rendererChoice.ts for why). */
function rendererFor(): number {
  const choice = chooseRenderer(location.search, webglRendererName());
  return choice === 'webgl' ? Phaser.WEBGL : choice === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
}
