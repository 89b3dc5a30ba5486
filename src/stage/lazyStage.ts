// The stage as the rest of the game sees it, before Phaser exists. The title screen is plain
// HTML and needs no canvas, so Phaser (about three quarters of the game's code) and the
// stage's art are not loaded before the title is interactive: their bytes are prefetched
// while the player reads it (a <link rel="prefetch"> the build adds to index.html), and the
// stage is built on the player's first sign of intent (a key, a pointer, a touch) or when a
// case asks for it, whichever comes first. Until then every call is kept and replayed in
// order, and the stage reports itself not drawn, so a case's first line waits for its picture
// exactly as it waits for any art (see Courtroom.render).
import type { Stage, StageEvent } from './stage';
import { sceneLabel } from './sceneLabels';
import { fetchManifest } from './artFetch';

export interface LazyStage extends Stage {
  /** Builds the real stage now (at most once); resolves when it exists. */
  load(): Promise<Stage>;
  /** True once the real stage exists. */
  readonly loaded: boolean;
}

const EMPTY_SNAPSHOT = { background: null, bust: null, banners: 0, flashes: 0, evidenceCards: 0 };

export function createLazyStage(parent: HTMLElement, reducedMotion: boolean): LazyStage {
  let real: Stage | null = null;
  let loading: Promise<Stage> | null = null;
  const queued: Array<(s: Stage) => void> = [];
  let motion = reducedMotion;
  // The title's own picture is an ordinary CSS background until the canvas can draw it
  // (style.css, #stage[data-art="title"]): the browser decodes it off the main thread.
  const showPlaceholder = (id: string | null) => {
    if (real) delete parent.dataset.art;
    else if (id === 'title') parent.dataset.art = id;
    else delete parent.dataset.art;
  };
  const load = (): Promise<Stage> => {
    if (!loading) void fetchManifest(); // in parallel with Phaser's code
    loading ??= import('./stage').then(({ createStage }) => {
      const s = createStage(parent, motion);
      real = s;
      for (const fn of queued.splice(0)) fn(s);
      // The placeholder stays until the canvas has drawn what is asked for.
      void s.whenDrawn().then(() => showPlaceholder(null));
      return s;
    });
    return loading;
  };
  const run = (fn: (s: Stage) => void) => (real ? fn(real) : queued.push(fn));
  /** A call that needs the stage itself: it builds it. */
  const withStage = <T>(fn: (s: Stage) => T | Promise<T>): Promise<T> => load().then(fn);
  return {
    load,
    get loaded() {
      return real !== null;
    },
    get ready() {
      return load().then((s) => s.ready);
    },
    get game() {
      return real?.game ?? null;
    },
    setBackground: (id) => {
      parent.setAttribute('aria-label', sceneLabel(id)); // #stage is role="img": say which scene is drawn
      if (!real) showPlaceholder(id);
      run((s) => s.setBackground(id));
    },
    setSpeaker: (c, e, page) => run((s) => s.setSpeaker(c, e, page)),
    setDocument: (t) => run((s) => s.setDocument(t)),
    objection: (label, kind) => withStage((s) => s.objection(label, kind)),
    flash: () => run((s) => s.flash()),
    evidenceIn: (t) => run((s) => s.evidenceIn(t)),
    wrong: (markLost) => run((s) => s.wrong(markLost)),
    setReducedMotion: (on) => {
      motion = on;
      if (real) real.setReducedMotion(on);
    },
    snapshot: () => (real ? real.snapshot() : { ...EMPTY_SNAPSHOT }),
    isBusy: () => !real || real.isBusy(),
    isDrawn: () => real !== null && real.isDrawn(),
    whenDrawn: () => withStage((s) => s.whenDrawn()),
    preload: (backgrounds, characters) => run((s) => s.preload(backgrounds, characters)),
    on: (event: StageEvent, fn) => {
      let off: (() => void) | null = null;
      let cancelled = false;
      run((s) => {
        if (!cancelled) off = s.on(event, fn);
      });
      return () => {
        cancelled = true;
        off?.();
      };
    },
    capture: (width, height) => withStage((s) => s.capture(width, height)),
  };
}
