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
import { setAttr } from '../ui/dom';
import { fetchManifest } from './artFetch';
import { assetUrl } from '../assets/assetUrl';

export interface LazyStage extends Stage {
  /** Builds the real stage now (at most once); resolves when it exists. */
  load(): Promise<Stage>;
  /** True once the real stage exists. */
  readonly loaded: boolean;
  /** True once load() has been called (the stage is being built, or is). */
  readonly requested: boolean;
  /** Fetches the stage's code (Phaser) without running it: a case is starting, and its first
   *  line is shown before Phaser's code runs (see Courtroom.render). */
  fetchCode(): void;
}

/** The stage has not begun to be built: Phaser's code has not run (see Courtroom.render). */
export function stageNotBuilt(stage: Stage): boolean {
  return 'requested' in stage && !(stage as LazyStage).requested;
}

/** The stage's chunks, named by the build in index.html (tools/vite-plugin-stage-prefetch.ts). */
export function stageCodeUrls(): string[] {
  return document.querySelector<HTMLMetaElement>('meta[name="stage-code"]')?.content.split(' ').filter(Boolean) ?? [];
}

let codeFetched = false;
/**
 * <link rel="modulepreload">: the browser fetches and compiles the modules and keeps them for
 * the import() that runs them, whatever the HTTP cache does (a prefetch is only a cache entry).
 */
function preloadStageCode(): void {
  if (codeFetched) return;
  codeFetched = true;
  for (const href of stageCodeUrls()) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

const EMPTY_SNAPSHOT = { background: null, bust: null, banners: 0, flashes: 0, evidenceCards: 0 };

export function createLazyStage(parent: HTMLElement, reducedMotion: boolean): LazyStage {
  let real: Stage | null = null;
  let loading: Promise<Stage> | null = null;
  const queued: Array<(s: Stage) => void> = [];
  let motion = reducedMotion;
  // The title's own picture is an ordinary CSS background until the canvas can draw it
  // (style.css, #stage[data-art="title"]): the browser decodes it off the main thread.
  // The first scene of a case too, while Phaser's code arrives and runs after its first line
  // (an inline style: its file is known only from the manifest).
  let wantedBg: string | null = null;
  const showPlaceholder = (id: string | null) => {
    wantedBg = id;
    parent.style.backgroundImage = '';
    if (real) delete parent.dataset.art;
    else if (id === 'title') parent.dataset.art = id;
    else {
      delete parent.dataset.art;
      if (id) {
        void fetchManifest().then((m) => {
          if (!real && wantedBg === id && m.backgrounds.includes(id)) {
            parent.dataset.art = 'scene';
            parent.style.backgroundImage = `url("${assetUrl(`art/bg/${id}.svg`)}")`;
          }
        });
      }
    }
  };
  const load = (): Promise<Stage> => {
    if (!loading) void fetchManifest(); // in parallel with Phaser's code
    loading ??= import('./stage').then(({ createStage }) => {
      const s = createStage(parent, motion);
      real = s;
      for (const fn of queued.splice(0)) fn(s);
      // The placeholder stays until the canvas has drawn what is asked for; the canvas is hidden
      // until then (style.css), else its blank first frames showed black under the first line.
      // Shown at the next frame the renderer draws (or after a second, whatever happens).
      void s.whenDrawn().then(() => {
        let shown = false;
        const show = () => {
          if (shown) return;
          shown = true;
          showPlaceholder(null);
          parent.dataset.drawn = 'true';
        };
        s.game?.events.once('postrender', show);
        setTimeout(show, 1000);
      });
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
    get requested() {
      return loading !== null;
    },
    fetchCode: () => {
      preloadStageCode();
      void fetchManifest();
    },
    get ready() {
      return load().then((s) => s.ready);
    },
    get game() {
      return real?.game ?? null;
    },
    setBackground: (id) => {
      setAttr(parent, 'aria-label', sceneLabel(id)); // #stage is role="img": say which scene is drawn
      if (!real) showPlaceholder(id);
      run((s) => s.setBackground(id));
    },
    setSpeaker: (c, e, page) => run((s) => s.setSpeaker(c, e, page)),
    setDocument: (t) => run((s) => s.setDocument(t)),
    lineShown: () => real?.lineShown(), // nothing drawn yet, nothing to hold back
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
    resting: () => !!real && real.resting(),
    isDrawn: () => real !== null && real.isDrawn(),
    whenDrawn: () => withStage((s) => s.whenDrawn()),
    preload: (order) => run((s) => s.preload(order)),
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
