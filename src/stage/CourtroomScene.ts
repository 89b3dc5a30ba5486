// The one Phaser scene: it only draws. Background, the speaking character's bust with
// its expression, the objection banner, the breakthrough flash and evidence flying in.
// Everything it shows is also said in the HTML layer, so the canvas can stay aria-hidden.
import * as Phaser from 'phaser';
import { bestExpression, bustKey, EMPTY_MANIFEST, type ArtManifest } from './artManifest';

export const STAGE_W = 1280;
export const STAGE_H = 720;

const INK = 0x1b1a17;
const PAPER = 0xefe6d2;
const RED = 0xb3261e;

export interface StageSnapshot {
  background: string | null;
  bust: string | null;
  document?: boolean;
  banners: number;
  flashes: number;
  evidenceCards: number;
}

export class CourtroomScene extends Phaser.Scene {
  manifest: ArtManifest = EMPTY_MANIFEST;
  reducedMotion = false;
  private bg?: Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;
  private bust?: Phaser.GameObjects.Container;
  private bustTween?: Phaser.Tweens.Tween;
  private current = { background: null as string | null, character: null as string | null, expression: null as string | null };
  readonly counters = { banners: 0, flashes: 0, evidenceCards: 0 };
  /** Set by createStage: called once the scene exists, and once the drawn art has loaded. */
  onCreated: () => void = () => {};
  onArtReady: () => void = () => {};
  /** Called whenever the picture changes, so the stage can wake its render loop. */
  onActivity: () => void = () => {};
  private pendingTimers = 0;
  private bustKeyShown: string | null = null;

  /** True while something on stage is still moving or about to change. */
  isBusy(): boolean {
    return this.pendingTimers > 0 || this.tweens.getTweens().length > 0 || this.load.isLoading();
  }

  /** A delayed call the idle check knows about. */
  private after(ms: number, fn: () => void): void {
    this.pendingTimers++;
    this.time.delayedCall(ms, () => {
      this.pendingTimers--;
      fn();
      this.onActivity();
    });
  }

  constructor() {
    super('Courtroom');
  }

  create(): void {
    this.setBackground('title');
    this.onCreated();
    // The manifest is fetched rather than loaded by Phaser so that a missing or broken one
    // quietly leaves the placeholders in place instead of raising a loader error.
    fetch('art/manifest.json')
      .then((r) => (r.ok ? r.json() : EMPTY_MANIFEST))
      .catch(() => EMPTY_MANIFEST)
      .then((m: ArtManifest) => this.loadArt(m && Array.isArray(m.backgrounds) && m.busts ? m : EMPTY_MANIFEST));
  }

  private loadArt(manifest: ArtManifest): void {
    this.manifest = manifest;
    this.setBackground(this.current.background ?? 'title');
    this.setSpeaker(this.current.character, this.current.expression);
    if (!this.load.isLoading() && !this.requested.size) this.onArtReady();
  }

  /** Art is rasterised when first needed, not all at boot: each SVG costs main-thread time. */
  private requested = new Set<string>();

  private request(key: string, url: string, width: number, height: number): void {
    if (this.textures.exists(key) || this.requested.has(key)) return;
    this.requested.add(key);
    this.load.svg(key, url, { width, height });
    this.load.once('complete', () => {
      this.onActivity();
      this.setBackground(this.current.background);
      this.setSpeaker(this.current.character, this.current.expression);
      this.onArtReady();
    });
    if (!this.load.isLoading()) this.load.start();
  }

  private requestCharacter(character: string): void {
    for (const ex of this.manifest.busts[character] ?? []) this.request(bustKey(character, ex), `art/busts/${character}-${ex}.svg`, 480, 600);
  }

  /** Switch reduced motion now: stop (or restart) the bust's idle movement at once. */
  applyReducedMotion(on: boolean): void {
    if (on === this.reducedMotion) return;
    this.reducedMotion = on;
    const { character, expression } = this.current;
    this.current.character = null; // force the bust to be drawn again, with or without movement
    this.setSpeaker(character, expression);
  }

  snapshot(): StageSnapshot {
    return {
      background: this.current.background,
      bust: this.current.character ? `${this.current.character}:${this.current.expression ?? 'neutral'}` : null,
    document: this.document ? true : false,
      ...this.counters,
    };
  }

  setBackground(id: string | null): void {
    if (id === this.current.background && this.bg && (!id || this.textures.exists(`bg:${id}`) || !this.manifest.backgrounds.includes(id))) return;
    this.onActivity();
    this.current.background = id;
    const key = `bg:${id}`;
    if (id && this.manifest.backgrounds.includes(id) && !this.textures.exists(key)) {
      this.request(key, `art/bg/${id}.svg`, STAGE_W, STAGE_H);
      if (this.bg) return; // keep the old scene on screen until the new one is drawn
    }
    this.bg?.destroy();
    if (id && this.textures.exists(key)) {
      this.bg = this.add.image(0, 0, key).setOrigin(0, 0).setDisplaySize(STAGE_W, STAGE_H);
    } else {
      this.bg = this.placeholderBackground(id ?? 'black');
    }
    this.bg.setDepth(0);
  }

  /** Draw the bust of the character speaking, or none for narration. */
  setSpeaker(character: string | null, expression: string | null): void {
    // The same bust again changes nothing: skip it, so the render loop can rest.
    const drawn = character ? bestExpression(this.manifest, character, expression) : null;
    if (character === this.current.character && expression === this.current.expression && (this.bust || !character) && (!drawn || this.bustKeyShown === bustKey(character!, drawn))) return;
    this.onActivity();
    this.current.character = character;
    this.current.expression = expression;
    this.bustTween?.stop();
    this.bust?.destroy();
    this.bust = undefined;
    if (!character) return;
    const ex = bestExpression(this.manifest, character, expression);
    if (ex && !this.textures.exists(bustKey(character, ex))) {
      this.requestCharacter(character); // drawn once loaded; nothing until then
      return;
    }
    const container = this.add.container(STAGE_W / 2, STAGE_H).setDepth(10);
    this.bustKeyShown = null;
    if (ex && this.textures.exists(bustKey(character, ex))) {
      this.bustKeyShown = bustKey(character, ex);
      const img = this.add.image(0, 0, bustKey(character, ex)).setOrigin(0.5, 1);
      img.setScale((STAGE_H * 0.82) / 600);
      container.add(img);
    } else {
      container.add(this.placeholderBust(character, expression));
    }
    this.bust = container;
    if (!this.reducedMotion) {
      this.bustTween = this.tweens.add({ targets: container, y: STAGE_H + 6, duration: 1800, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }
  }

  private document?: Phaser.GameObjects.Container;

  /** Transcript testimony: a page of the trial record on the table instead of a live witness. */
  setDocument(title: string | null): void {
    this.onActivity();
    this.document?.destroy();
    this.document = undefined;
    if (!title) return;
    const page = this.add.container(STAGE_W / 2, STAGE_H / 2 + 30).setDepth(12);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.25).fillRect(-236, -266, 480, 560);
    g.fillStyle(PAPER, 1).fillRect(-240, -270, 480, 560);
    g.lineStyle(3, INK, 1).strokeRect(-240, -270, 480, 560);
    g.lineStyle(2, 0x8a8170, 1);
    for (let y = -120; y < 260; y += 26) g.lineBetween(-200, y, 200 - ((y * 7) % 90), y);
    const head = this.add.text(0, -230, title, { fontFamily: 'DejaVu Serif, Georgia, serif', fontSize: '26px', color: '#1b1a17', align: 'center', wordWrap: { width: 420 } }).setOrigin(0.5, 0);
    const stamp = this.add.text(150, 230, 'READ INTO\nTHE RECORD', { fontFamily: 'DejaVu Sans Mono, monospace', fontSize: '18px', color: '#b3261e', align: 'center' }).setOrigin(0.5).setAngle(-12);
    page.add([g, head, stamp]);
    page.setAngle(-2);
    this.document = page;
  }

  objection(label: string): void {
    this.onActivity();
    this.counters.banners++;
    const banner = this.add.container(STAGE_W / 2, STAGE_H / 2).setDepth(50);
    const g = this.add.graphics();
    g.fillStyle(RED, 1);
    g.fillPoints([new Phaser.Math.Vector2(-460, -90), new Phaser.Math.Vector2(470, -120), new Phaser.Math.Vector2(440, 100), new Phaser.Math.Vector2(-480, 80)], true);
    g.lineStyle(8, INK, 1);
    g.strokePoints([new Phaser.Math.Vector2(-460, -90), new Phaser.Math.Vector2(470, -120), new Phaser.Math.Vector2(440, 100), new Phaser.Math.Vector2(-480, 80)], true);
    const text = this.add.text(0, 0, label, { fontFamily: 'DejaVu Serif, Georgia, serif', fontSize: '120px', fontStyle: 'bold', color: '#efe6d2', stroke: '#1b1a17', strokeThickness: 10 }).setOrigin(0.5);
    banner.add([g, text]);
    banner.setAngle(-4);
    if (this.reducedMotion) {
      this.after(1100, () => banner.destroy());
    } else {
      banner.setScale(0.2);
      this.tweens.add({ targets: banner, scale: 1, duration: 220, ease: 'Back.easeOut' });
      this.cameras.main.shake(260, 0.01);
      this.tweens.add({ targets: banner, alpha: 0, delay: 1000, duration: 250, onComplete: () => banner.destroy() });
    }
  }

  flash(): void {
    this.onActivity();
    this.counters.flashes++;
    const rect = this.add.rectangle(0, 0, STAGE_W, STAGE_H, 0xffffff, this.reducedMotion ? 0.35 : 0.9).setOrigin(0, 0).setDepth(60);
    this.tweens.add({ targets: rect, alpha: 0, duration: this.reducedMotion ? 400 : 600, onComplete: () => rect.destroy() });
  }

  evidenceIn(title: string): void {
    this.onActivity();
    this.counters.evidenceCards++;
    const card = this.add.container(this.reducedMotion ? STAGE_W - 230 : STAGE_W + 260, 130).setDepth(40);
    const g = this.add.graphics();
    g.fillStyle(PAPER, 1).fillRect(-200, -60, 400, 120);
    g.lineStyle(4, INK, 1).strokeRect(-200, -60, 400, 120);
    g.fillStyle(RED, 1).fillRect(-200, -60, 14, 120);
    const label = this.add.text(-170, -44, 'ADDED TO THE COURT RECORD', { fontFamily: 'DejaVu Sans Mono, monospace', fontSize: '16px', color: '#b3261e' });
    const t = this.add.text(-170, -16, title, { fontFamily: 'DejaVu Serif, Georgia, serif', fontSize: '26px', color: '#1b1a17', wordWrap: { width: 350 } });
    card.add([g, label, t]);
    if (this.reducedMotion) {
      this.after(1600, () => card.destroy());
    } else {
      this.tweens.add({ targets: card, x: STAGE_W - 230, duration: 350, ease: 'Cubic.easeOut' });
      this.tweens.add({ targets: card, alpha: 0, delay: 1800, duration: 300, onComplete: () => card.destroy() });
    }
  }

  wrong(): void {
    this.onActivity();
    if (this.reducedMotion) {
      const r = this.add.rectangle(0, 0, STAGE_W, STAGE_H).setOrigin(0, 0).setStrokeStyle(16, RED).setDepth(60);
      this.after(500, () => r.destroy());
    } else {
      this.cameras.main.shake(200, 0.006);
    }
  }

  // ---- placeholders: used where no drawn art exists yet --------------------------------

  private placeholderBackground(id: string): Phaser.GameObjects.Graphics {
    const g = this.add.graphics();
    g.fillStyle(id === 'black' ? INK : 0x3b362d, 1).fillRect(0, 0, STAGE_W, STAGE_H);
    if (id !== 'black') {
      g.fillStyle(0x4a4438, 1).fillRect(0, STAGE_H * 0.62, STAGE_W, STAGE_H * 0.38);
      g.lineStyle(2, 0x5a5344, 1);
      for (let x = 0; x < STAGE_W; x += 80) g.lineBetween(x, 0, x, STAGE_H * 0.62);
    }
    return g;
  }

  private placeholderBust(character: string, expression: string | null): Phaser.GameObjects.Container {
    const c = this.add.container(0, 0);
    const g = this.add.graphics();
    g.fillStyle(0x2a2722, 1).fillEllipse(0, -20, 360, 240);
    g.fillStyle(0xd8cdb2, 1).fillCircle(0, -330, 110);
    g.lineStyle(6, INK, 1).strokeCircle(0, -330, 110);
    const initials = character.split('-').map((w) => w[0]?.toUpperCase() ?? '').join('').slice(0, 2);
    const t = this.add.text(0, -330, initials, { fontFamily: 'DejaVu Serif, serif', fontSize: '72px', color: '#1b1a17' }).setOrigin(0.5);
    const ex = this.add.text(0, -190, expression ?? 'neutral', { fontFamily: 'DejaVu Sans Mono, monospace', fontSize: '20px', color: '#efe6d2' }).setOrigin(0.5);
    c.add([g, t, ex]);
    return c;
  }
}
