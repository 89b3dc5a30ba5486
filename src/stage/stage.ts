// Creates the Phaser game for the stage and offers the game a small, typed surface.
import * as Phaser from 'phaser';
import { CourtroomScene, STAGE_H, STAGE_W, type StageSnapshot } from './CourtroomScene';
import { sceneLabel } from './sceneLabels';

export interface Stage {
  ready: Promise<void>;
  game: Phaser.Game;
  setBackground(id: string | null): void;
  setSpeaker(character: string | null, expression: string | null): void;
  setDocument(title: string | null): void;
  objection(label: string): void;
  flash(): void;
  evidenceIn(title: string): void;
  wrong(): void;
  setReducedMotion(on: boolean): void;
  snapshot(): StageSnapshot;
}

export function createStage(parent: HTMLElement, reducedMotion: boolean): Stage {
  const scene = new CourtroomScene();
  scene.reducedMotion = reducedMotion;
  let resolveReady: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const game = new Phaser.Game({
    type: Phaser.AUTO,
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
  scene.onCreated = () => {
    live = true;
    wake();
    for (const fn of queued.splice(0)) fn();
  };
  scene.onArtReady = () => resolveReady();
  // The canvas is fitted by CSS, letterboxed at 16:9: Phaser's own FIT mode measures the
  // window rather than the stage area, which shrinks when the testimony panel or a larger
  // text size takes room. The canvas takes no pointer input, so nothing else depends on it.
  const fit = () => {
    const canvas = game.canvas;
    if (!canvas) return;
    const { width, height } = parent.getBoundingClientRect();
    const w = Math.min(width, (height * STAGE_W) / STAGE_H);
    canvas.style.width = `${Math.floor(w)}px`;
    canvas.style.height = `${Math.floor((w * STAGE_H) / STAGE_W)}px`;
  };
  new ResizeObserver(() => {
    fit();
    wake();
  }).observe(parent);

  // Render on demand: a courtroom picture is still most of the time, and every frame
  // costs main-thread time on weak machines (and blocks input in software rendering).
  // The loop wakes on any change and sleeps once nothing moves.
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const trySleep = () => {
    if (scene.isBusy()) {
      idleTimer = setTimeout(trySleep, 500);
      return;
    }
    game.loop.sleep();
  };
  const wake = () => {
    if (!game.loop.running) game.loop.wake();
    clearTimeout(idleTimer);
    idleTimer = setTimeout(trySleep, 700);
  };
  scene.onActivity = wake;
  game.events.once(Phaser.Core.Events.READY, fit);
  return {
    ready,
    game,
    setBackground: (id) => {
      parent.setAttribute('aria-label', sceneLabel(id)); // #stage is role="img": say which scene is drawn
      run(() => scene.setBackground(id));
    },
    setSpeaker: (c, e) => run(() => scene.setSpeaker(c, e)),
    setDocument: (t) => run(() => scene.setDocument(t)),
    objection: (label) => run(() => scene.objection(label)),
    flash: () => run(() => scene.flash()),
    evidenceIn: (t) => run(() => scene.evidenceIn(t)),
    wrong: () => run(() => scene.wrong()),
    setReducedMotion: (on) => (live ? scene.applyReducedMotion(on) : (scene.reducedMotion = on)),
    snapshot: () => (live ? scene.snapshot() : { background: null, bust: null, banners: 0, flashes: 0, evidenceCards: 0 }),
  };
}
