// The one Phaser scene: it only draws. Background, the speaking character's bust with
// its expression (or, for a voice read from a document, a page of that document), the
// objection and hold-it banners, the breakthrough flash, evidence flying in, the broken mark.
// Everything it shows is also said in the HTML layer, so the canvas can stay aria-hidden.
//
// Art is rasterised by the browser from the SVGs in art/ (an <img> decoded, then handed to
// the renderer as a texture): the scene knows exactly when a picture is ready, so it can say
// when what the story asks for is on screen ('drawn'), and the game holds a line's text until
// then. The beats emit their own events ('objection-landed', 'objection-done', 'wrong-landed'),
// so the game and the tests wait on the stage, never on a clock.
import { assetUrl } from '../assets/assetUrl';
import * as Phaser from 'phaser';
import { bestExpression, bustKey, EMPTY_MANIFEST, type ArtManifest } from './artManifest';
import { fetchManifest } from './artFetch';

export const STAGE_W = 1280;
export const STAGE_H = 720;
/** How long the objection banner holds the text: it has landed after this (ms). */
export const OBJECTION_MS = 950;
/** The bust's transform, shared with the browser test that rasterises the same art. */
export const BUST = { x: STAGE_W / 2, y: STAGE_H, scale: (STAGE_H * 0.82) / 600, width: 480, height: 600 };

const INK = 0x1b1a17;
const PAPER = 0xefe6d2;
const RED = 0xb3261e;

export interface StageSnapshot {
  background: string | null;
  bust: string | null;
  document?: boolean;
  /** Texture keys actually on screen (not merely asked for). */
  drawnBackground?: string | null;
  drawnBust?: string | null;
  /** The speaker is read from a document: a page is shown instead of a bust. */
  page?: string | null;
  /** A page shown (a document's voice, or transcript testimony) is on the display list and visible: pages are kept and reused. */
  pagesShown?: boolean;
  /** The case's art loaded ahead has all been tried (each picture a texture, or failed). */
  preloaded?: boolean;
  /** Each "added to the court record" card so far, in order: the title asked for, the title its text holds. */
  cards?: Array<{ asked: string; shown: string }>;
  /** How many such cards were built (ahead, one per title; they are reused). */
  cardsBuilt?: number;
  /** How many were built at the line that showed them (not ahead). */
  cardsBuiltOnCue?: number;
  banners: number;
  holdIts?: number;
  flashes: number;
  evidenceCards: number;
  wrongs?: number;
}

export type BannerKind = 'objection' | 'hold-it' | 'take-that';

export class CourtroomScene extends Phaser.Scene {
  manifest: ArtManifest = EMPTY_MANIFEST;
  manifestLoaded = false;
  reducedMotion = false;
  /**
   * How long the beats last, as a fraction of their design length: 1 for every player. The
   * browser tests pass `?test&beats=fast` (0.1) so a playthrough does not spend most of its
   * time watching banners; the objection-beat test keeps them real, since it checks their timing.
   */
  beatScale = 1;
  private bg?: Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;
  private bgShown: string | null = null;
  private bust?: Phaser.GameObjects.Container;
  private bustShown: string | null = null;
  private want = { background: null as string | null, character: null as string | null, expression: null as string | null, page: null as string | null };
  readonly counters = { banners: 0, holdIts: 0, flashes: 0, evidenceCards: 0, wrongs: 0 };
  /** Set by createStage: called once the scene exists, and once the drawn art has loaded. */
  onCreated: () => void = () => {};
  onArtReady: () => void = () => {};
  /** Called whenever the picture changes, so the stage can wake its render loop. */
  onActivity: () => void = () => {};
  /** Beats in flight (banner, flash, card, wrong): the stage is busy while any runs. */
  private effects = 0;
  private loading = new Map<string, Promise<void>>();
  private failed = new Set<string>();

  constructor() {
    super('Courtroom');
  }

  /** True while something on stage is still moving or about to change. */
  isBusy(): boolean {
    return this.effects > 0 || this.loadingWanted() || this.cameras.main.shakeEffect.isRunning;
  }

  /**
   * Something moves frame by frame (a tween, a camera shake): the render loop must run. A beat
   * that only waits (a reduced-motion card held on screen, a still banner) needs no frames: its
   * timed change wakes the loop when it comes (see wall()).
   */
  isAnimating(): boolean {
    return this.tweens.getTweens().length > 0 || this.cameras.main.shakeEffect.isRunning;
  }

  /**
   * Art the story asks for now is still loading. Art loaded ahead (preloadArt) does not count:
   * counting it kept the render loop awake for the whole preload of a case, drawing the same
   * picture thirty times a second — on software WebGL a few hundred milliseconds a frame, which
   * the next line's frame then waited behind.
   */
  private loadingWanted(): boolean {
    if (!this.loading.size) return false;
    const bg = this.wantedBg();
    const bust = this.wantedBust();
    return (bg !== 'fill' && this.loading.has(bg)) || (bust !== null && this.loading.has(bust));
  }

  /** A delayed call the idle check knows about. */
  private after(ms: number, fn: () => void): void {
    this.effects++;
    this.wall(ms, () => {
      this.effects--;
      fn();
      this.onActivity();
    });
  }

  /**
   * The beats are timed on the wall clock, not Phaser's: the scene clock advances by capped
   * frame deltas, so on a slow machine (software rendering under load) a one-second banner
   * once took eight, and the line's fallback showed the text before the banner had landed.
   */
  private wall(ms: number, fn: () => void): void {
    window.setTimeout(() => {
      fn();
      this.onActivity(); // wake the render loop to draw what changed
    }, ms * this.beatScale);
  }

  private created = false;

  create(): void {
    this.created = true;
    this.tweens.timeScale = 1 / this.beatScale;
    this.want.background = this.want.background ?? 'title';
    this.refresh();
    this.onCreated();
    void fetchManifest().then((m) => {
      this.manifest = m;
      this.manifestLoaded = true;
      // Ready (and the case's other art preloaded after it) once the picture the story asks for
      // is drawn: now, or when its art has loaded. Checked only now, it missed the usual case, the
      // first picture still loading when the manifest came, and nothing was ever preloaded: every
      // new scene then held its line while its art was fetched and rasterised.
      this.events.once('drawn', () => this.onArtReady());
      this.refresh();
    });
  }

  // ---- art loading ------------------------------------------------------------------------

  /**
   * Rasterises one SVG into a texture. Resolves when it exists (or failed: a broken file never
   * blocks play). `ahead`: loaded before the story asks for it, in short steps at idle moments
   * (rasterising a background at once held the main thread ~25 ms, ~100 ms on a 4x slower
   * machine: a key pressed meanwhile waited); the story asking for it hurries the rest.
   */
  loadArt(key: string, url: string, size?: { width: number; height: number }, ahead = false): Promise<void> {
    if (this.textures.exists(key) || this.failed.has(key)) return Promise.resolve();
    const known = this.loading.get(key);
    if (known) {
      if (!ahead) {
        this.hurry.add(key);
        const release = this.stripWaiting.get(key);
        if (release) void afterFrame().then(release); // the strip waiting for an idle moment goes now (after the line's frame)
      }
      return known;
    }
    const img = new Image();
    img.src = url;
    const pause = ahead
      ? () =>
          this.hurry.has(key)
            ? Promise.resolve()
            : new Promise<void>((resolve) => {
                this.stripWaiting.set(key, resolve);
                void idle().then(resolve);
              })
      : null;
    const p = img
      .decode()
      // A picture wanted now is rasterised after the frame showing its line (the line does not
      // wait for it: Courtroom.render), not inside that frame.
      .then(() => (ahead ? undefined : afterFrame()))
      .then(() => rasterise(img, size, pause))
      .then((canvas) => {
        if (this.textures.exists(key)) return;
        // The picture is rasterised once, into a canvas, and that is the texture: the Canvas
        // renderer would otherwise draw the <img> itself each frame (Chromium re-rasterises an
        // SVG image on every drawImage), and WebGL would rasterise it in the frame uploading it.
        // (addImage takes a canvas as its source; addCanvas would read every pixel back at once.)
        this.textures.addImage(key, canvas as unknown as HTMLImageElement);
      })
      .catch((e) => {
        console.warn(`stage: art ${url} failed to load`, e);
        this.failed.add(key);
      })
      .finally(() => {
        this.loading.delete(key);
        this.hurry.delete(key);
        this.stripWaiting.delete(key);
        this.refresh(); // wakes the render loop only if the picture on screen changes
      });
    this.loading.set(key, p);
    return p;
  }

  /** Art being loaded ahead that the story now wants: its remaining steps go at once. */
  private hurry = new Set<string>();
  /** Art being loaded ahead: releases the strip now waiting for an idle moment (the story wants it). */
  private stripWaiting = new Map<string, () => void>();

  private bgUrl(id: string): string {
    return assetUrl(`art/bg/${id}.svg`);
  }

  private loadBackground(id: string, ahead = false): Promise<void> {
    return this.manifest.backgrounds.includes(id) ? this.loadArt(`bg:${id}`, this.bgUrl(id), undefined, ahead) : Promise.resolve();
  }

  private loadBust(character: string, expression: string | null, ahead = false): Promise<void> {
    const ex = bestExpression(this.manifest, character, expression);
    return ex ? this.loadArt(bustKey(character, ex), assetUrl(`art/busts/${character}-${ex}.svg`), BUST_ON_STAGE, ahead) : Promise.resolve();
  }

  /**
   * Load ahead, one picture at a time at idle moments: each background, each speaker's usual
   * face and each other face the story names, in the order the story first shows them (what a
   * reader meets next comes first; the record cards after the first two pictures), then every
   * speaker's other faces.
   */
  async preloadArt(order: string[]): Promise<void> {
    const jobs: Array<() => Promise<void>> = [];
    const speakers: string[] = [];
    const cards: Array<() => Promise<void>> = [];
    for (const entry of order) {
      const [kind, id] = [entry.slice(0, entry.indexOf(':')), entry.slice(entry.indexOf(':') + 1)];
      if (kind === 'bg') jobs.push(() => this.loadBackground(id, true));
      else if (kind === 'speaker') {
        speakers.push(id);
        jobs.push(() => this.loadBust(id, 'neutral', true));
      } else if (kind === 'face') {
        const [character, expression] = id.split(':');
        jobs.push(() => this.loadBust(character, expression, true));
      } else if (kind === 'card') cards.push(async () => void this.cardAhead(id));
    }
    this.dropCardsBut(order.filter((e) => e.startsWith('card:')).map((e) => e.slice('card:'.length)));
    for (const c of speakers) for (const ex of this.manifest.busts[c] ?? []) jobs.push(() => this.loadBust(c, ex, true));
    // The cards after the first scenes' pictures, before the other expressions: the Prologue
    // adds its first item a dozen lines in. One spare for a title not named ahead.
    jobs.splice(Math.min(jobs.length, 2), 0, ...cards, async () => void this.cardAhead(''));
    for (const job of jobs) {
      await idle(); // between the reader's steps, not inside one
      await job();
    }
    this.preloaded = true;
  }

  private preloaded = false;

  // ---- what is asked for, and what is drawn -----------------------------------------------

  /** What the story asks for is on screen (art that does not exist or failed counts as drawn: nothing to wait for). */
  isDrawn(): boolean {
    return this.manifestLoaded && this.wantedBg() === this.bgShown && this.wantedBust() === this.bustShown;
  }

  private wantedBg(): string {
    const id = this.want.background;
    if (id && this.manifest.backgrounds.includes(id) && !this.failed.has(`bg:${id}`)) return `bg:${id}`;
    return 'fill';
  }

  private wantedBust(): string | null {
    const { character, expression, page } = this.want;
    if (!character) return null;
    const ex = bestExpression(this.manifest, character, expression);
    if (ex && !this.failed.has(bustKey(character, ex))) return bustKey(character, ex);
    return page ? `page:${page}` : null;
  }

  /** Draw whatever is wanted and ready; start loading what is not. */
  private refresh(): void {
    if (!this.created) return;
    const bgKey = this.wantedBg();
    if (bgKey !== this.bgShown) {
      if (bgKey === 'fill' || this.textures.exists(bgKey)) {
        this.bg?.destroy();
        this.bg = bgKey === 'fill' ? this.plainBackground() : this.add.image(0, 0, bgKey).setOrigin(0, 0).setDisplaySize(STAGE_W, STAGE_H);
        this.bg.setDepth(0);
        this.bgShown = bgKey;
        this.onActivity();
      } else if (this.want.background) {
        void this.loadBackground(this.want.background);
      }
    }
    const bust = this.wantedBust();
    if (bust !== this.bustShown) {
      if (bust === null || bust.startsWith('page:') || this.textures.exists(bust)) {
        this.drawBust(bust);
      } else {
        // Never leave another character's face over a new speaker's line while the new one loads.
        if (this.bustShown && !this.bustShown.startsWith(`bust:${this.want.character}-`)) this.drawBust(null);
        void this.loadBust(this.want.character!, this.want.expression);
      }
    }
    if (this.isDrawn()) this.events.emit('drawn');
  }

  private drawBust(key: string | null): void {
    this.onActivity();
    this.putAway(this.bust);
    this.bust = undefined;
    this.bustShown = key;
    if (!key) return;
    if (key.startsWith('page:')) {
      this.bust = this.keptPage(key, () => this.pageOf(key.slice('page:'.length)).setPosition(BUST.x, BUST.y - STAGE_H / 2 + 30)).setDepth(10);
      return;
    }
    const container = this.add.container(BUST.x, BUST.y).setDepth(10);
    const img = this.add.image(0, 0, key).setOrigin(0.5, 1);
    img.setDisplaySize(BUST_ON_STAGE.width, BUST_ON_STAGE.height); // a Canvas texture is already this size
    // A still bust: an idle bob kept the render loop (and, in software WebGL, a core) busy
    // the whole time a line was read, for a movement nobody needs.
    container.add(img);
    this.bust = container;
  }

  /**
   * Pages (a document's voice, transcript testimony) are built once and kept, hidden when not
   * shown: building one makes two text canvases (each a canvas, its context, a font measured),
   * several ms of the main thread on a weak machine every time a document spoke again.
   */
  private pages = new Map<string, Phaser.GameObjects.Container>();

  private keptPage(key: string, make: () => Phaser.GameObjects.Container): Phaser.GameObjects.Container {
    let page = this.pages.get(key);
    if (!page?.scene) this.pages.set(key, (page = make())); // (a destroyed object has no scene)
    return page.setVisible(true);
  }

  /** Off the stage: a kept page is hidden, anything else destroyed. */
  private putAway(obj: Phaser.GameObjects.Container | undefined): void {
    if (!obj) return;
    if ([...this.pages.values()].includes(obj)) obj.setVisible(false);
    else obj.destroy();
  }

  /** Switch reduced motion now (the beats that follow move or stand still). */
  applyReducedMotion(on: boolean): void {
    this.reducedMotion = on;
  }

  snapshot(): StageSnapshot {
    return {
      background: this.want.background,
      bust: this.want.character ? `${this.want.character}:${this.want.expression ?? 'neutral'}` : null,
      document: this.document ? true : false,
      drawnBackground: this.bgShown,
      drawnBust: this.bustShown,
      page: this.want.page,
      pagesShown: [this.bustShown?.startsWith('page:') ? this.bust : undefined, this.document].every((c) => !c || (c.visible && c.alpha > 0 && !!c.scene)),
      preloaded: this.preloaded,
      cards: [...this.cardLog],
      cardsBuilt: this.cards.length,
      cardsBuiltOnCue: this.cardsBuiltOnCue,
      ...this.counters,
    };
  }

  setBackground(id: string | null): void {
    this.want.background = id;
    this.refresh();
  }

  /** Draw the bust of the character speaking, or none for narration. `page` names a voice read from a document. */
  setSpeaker(character: string | null, expression: string | null, page: string | null = null): void {
    this.want.character = character;
    this.want.expression = expression;
    this.want.page = character ? page : null;
    this.refresh();
  }

  private document?: Phaser.GameObjects.Container;

  /** Transcript testimony: a page of the trial record on the table instead of a live witness. */
  setDocument(title: string | null): void {
    if (!title && !this.document) return;
    this.onActivity();
    this.putAway(this.document);
    this.document = undefined;
    if (!title) return;
    this.document = this.keptPage(`document:${title}`, () => {
      const page = this.add.container(STAGE_W / 2, STAGE_H / 2 + 30).setDepth(12);
      page.add(this.paper(title, 'READ INTO\nTHE RECORD'));
      return page.setAngle(-2);
    });
  }

  /** A page with a heading and a stamp, centred on (0, 0). */
  private paper(title: string, stampText: string): Phaser.GameObjects.GameObject[] {
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.25).fillRect(-236, -266, 480, 560);
    g.fillStyle(PAPER, 1).fillRect(-240, -270, 480, 560);
    g.lineStyle(3, INK, 1).strokeRect(-240, -270, 480, 560);
    g.lineStyle(2, 0x8a8170, 1);
    for (let y = -120; y < 260; y += 26) g.lineBetween(-200, y, 200 - ((y * 7) % 90), y);
    const head = this.text(0, -230, title, { fontFamily: 'DejaVu Serif, Georgia, serif', fontSize: '26px', color: '#1b1a17', align: 'center', wordWrap: { width: 420 } }).setOrigin(0.5, 0);
    const stamp = this.text(150, 230, stampText, { fontFamily: 'DejaVu Sans Mono, monospace', fontSize: '18px', color: '#b3261e', align: 'center' }).setOrigin(0.5).setAngle(-12);
    return [g, head, stamp];
  }

  /** A voice read from a document (a newspaper, a trial record): its page stands where a bust would. */
  private pageOf(title: string): Phaser.GameObjects.Container {
    const c = this.add.container(0, -STAGE_H / 2 + 30);
    c.add(this.paper(title, 'FROM THE\nRECORD'));
    c.setAngle(2);
    return c;
  }

  // ---- beats ----------------------------------------------------------------------------

  /**
   * "Objection!" / "Hold it!" / "Take that!": the banner slams in (a still banner with reduced
   * motion), holds, and emits 'objection-landed' once it has landed, then 'objection-done' when
   * it is gone. The camera shakes briefly for an objection, never with reduced motion.
   */
  objection(label: string, kind: BannerKind = 'objection'): void {
    this.onActivity();
    if (kind === 'hold-it') this.counters.holdIts++;
    else this.counters.banners++;
    const small = kind === 'hold-it';
    const banner = this.add.container(STAGE_W / 2, small ? STAGE_H * 0.3 : STAGE_H / 2).setDepth(50);
    const g = this.add.graphics();
    const pts = (small
      ? [[-330, -70], [340, -90], [320, 70], [-350, 60]]
      : [[-460, -90], [470, -120], [440, 100], [-480, 80]]
    ).map(([x, y]) => new Phaser.Math.Vector2(x, y));
    g.fillStyle(small ? INK : RED, 1).fillPoints(pts, true);
    g.lineStyle(8, small ? RED : INK, 1).strokePoints(pts, true);
    const text = this.add
      .text(0, 0, label, { fontFamily: 'DejaVu Serif, Georgia, serif', fontSize: small ? '84px' : '120px', fontStyle: 'bold', color: '#efe6d2', stroke: '#1b1a17', strokeThickness: 10 })
      .setOrigin(0.5);
    banner.add([g, text]);
    banner.setAngle(small ? 3 : -4);
    const hold = small ? Math.round(OBJECTION_MS * 0.6) : OBJECTION_MS;
    this.effects++;
    const finish = () => {
      this.effects--;
      banner.destroy();
      this.events.emit('objection-done', kind);
      this.onActivity();
    };
    if (!this.reducedMotion) {
      banner.setScale(0.2);
      this.tweens.add({ targets: banner, scale: 1, duration: 200, ease: 'Back.easeOut' });
      if (!small) this.cameras.main.shake(240 * this.beatScale, 0.012);
    }
    this.wall(hold, () => {
      this.events.emit('objection-landed', kind);
      this.onActivity();
      if (this.reducedMotion) this.wall(150, finish);
      else this.tweens.add({ targets: banner, alpha: 0, duration: 220, onComplete: finish });
    });
  }

  flash(): void {
    this.onActivity();
    this.counters.flashes++;
    this.effects++;
    const rect = this.add.rectangle(0, 0, STAGE_W, STAGE_H, 0xffffff, this.reducedMotion ? 0.35 : 0.9).setOrigin(0, 0).setDepth(60);
    this.tweens.add({
      targets: rect, alpha: 0, duration: this.reducedMotion ? 400 : 600,
      onComplete: () => {
        this.effects--;
        rect.destroy();
        this.onActivity();
      },
    });
  }

  evidenceIn(title: string): void {
    this.onActivity();
    this.counters.evidenceCards++;
    const card = this.evidenceCard(title).setPosition(this.reducedMotion ? STAGE_W - 230 : STAGE_W + 260, 130);
    this.cardLog.push({ asked: title, shown: this.cards.find((c) => c.card === card)!.title.text });
    const putAway = () => card.setVisible(false); // kept for the next item
    if (this.reducedMotion) {
      this.after(1600, putAway);
    } else {
      this.effects++;
      this.tweens.add({ targets: card, x: STAGE_W - 230, duration: 350, ease: 'Cubic.easeOut' });
      // While the card rests on screen no tween runs, so the render loop sleeps: a fade tween
      // with a 1.8 s delay kept the stage redrawing the same picture 30-60 times a second, and
      // every line read meanwhile waited behind a full repaint of the canvas.
      this.wall(1800, () =>
        this.tweens.add({
          targets: card, alpha: 0, duration: 300,
          onComplete: () => {
            this.effects--;
            putAway();
            this.onActivity();
          },
        }),
      );
    }
  }

  /**
   * The "added to the court record" cards, built ahead, one per title the case will show
   * (preloadArt), hidden until their line: building one makes two text canvases, a canvas
   * context and the words measured for wrapping, 5-10 ms of the main thread (20-40 ms on a 4x
   * slower machine) at the very moment the card should fly in; even a kept card given a new
   * title re-measures and redraws its text. A card is reused once put away. Two items added
   * together get a card each.
   */
  private cards: Array<{ card: Phaser.GameObjects.Container; title: Phaser.GameObjects.Text }> = [];
  private cardLog: Array<{ asked: string; shown: string }> = [];
  /** Cards built at the line that showed them (none, once the case's cards are built ahead). */
  private cardsBuiltOnCue = 0;

  /** A new case: the hidden cards of titles it will not show are destroyed (each holds two text canvases). */
  private dropCardsBut(titles: string[]): void {
    this.cards = this.cards.filter((c) => {
      if (!c.card.scene) return false;
      if (c.card.visible || titles.includes(c.title.text)) return true;
      c.card.destroy();
      return false;
    });
  }

  /** A hidden card holding `title`, built now unless one exists. */
  private cardAhead(title: string): void {
    if (this.cards.some((c) => c.title.text === title && c.card.scene)) return;
    this.newCard(title).card.setVisible(false);
  }

  /** The cards' label, drawn once (kept off the display list: each card shows its texture). */
  private cardLabel?: Phaser.GameObjects.Text;

  /**
   * A text on the stage, its font measured once: Phaser measures a style's font for every Text
   * made (a canvas, its 2D context and a measureText, each time), a third of what building a
   * court-record card cost (10-20 ms at 4x CPU throttle, in an idle moment a key could wait behind).
   */
  private text(x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
    const font = `${style.fontStyle ?? ''} ${style.fontSize} ${style.fontFamily}`;
    const metrics = this.fontMetrics.get(font);
    const t = this.add.text(x, y, text, metrics ? { ...style, metrics } : style);
    // Kept once the font itself has loaded (measured before, it was the fallback's).
    if (!metrics && fontLoaded(font)) this.fontMetrics.set(font, t.style.getTextMetrics());
    return t;
  }

  private fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

  private newCard(title: string): { card: Phaser.GameObjects.Container; title: Phaser.GameObjects.Text } {
    const card = this.add.container(0, 0).setDepth(40);
    const g = this.add.graphics();
    g.fillStyle(PAPER, 1).fillRect(-200, -60, 400, 120);
    g.lineStyle(4, INK, 1).strokeRect(-200, -60, 400, 120);
    g.fillStyle(RED, 1).fillRect(-200, -60, 14, 120);
    // The label is the same on every card: drawn once, each card shows that one drawing.
    this.cardLabel ??= this.make.text({ x: 0, y: 0, text: 'ADDED TO THE COURT RECORD', style: { fontFamily: 'DejaVu Sans Mono, monospace', fontSize: '16px', color: '#b3261e' } }, false);
    const label = this.add.image(-170, -44, this.cardLabel.texture).setOrigin(0, 0);
    const t = this.text(-170, -16, title, { fontFamily: 'DejaVu Serif, Georgia, serif', fontSize: '26px', color: '#1b1a17', wordWrap: { width: 350 } });
    card.add([g, label, t]);
    const made = { card, title: t };
    this.cards.push(made);
    return made;
  }

  private evidenceCard(title: string): Phaser.GameObjects.Container {
    const free = this.cards.filter((c) => !c.card.visible && c.card.scene);
    // Its own card first; else the spare, or a card whose title has been shown already.
    let use = free.find((c) => c.title.text === title) ?? free.find((c) => c.title.text === '' || this.cardLog.some((l) => l.shown === c.title.text)) ?? free[0];
    if (!use) {
      this.cardsBuiltOnCue++;
      use = this.newCard(title);
    }
    if (use.title.text !== title) use.title.setText(title);
    return use.card.setVisible(true).setAlpha(1);
  }

  /**
   * A wrong present: a diamond (a credibility mark) cracks in two at the top of the stage, the
   * frame flashes red; with motion the halves fall and the camera gives a small shake. Emits
   * 'wrong-landed' once the mark has visibly broken.
   */
  wrong(markLost = true): void {
    this.onActivity();
    this.counters.wrongs++;
    const beat = this.add.container(STAGE_W / 2, 150).setDepth(55);
    const frame = this.add.rectangle(-STAGE_W / 2, -150, STAGE_W, STAGE_H).setOrigin(0, 0).setStrokeStyle(16, RED);
    beat.add(frame);
    const half = (side: -1 | 1) => {
      const g = this.add.graphics();
      g.fillStyle(markLost ? RED : 0x8a8170, 1);
      // a diamond split down a jagged line
      g.fillPoints([new Phaser.Math.Vector2(0, -70), new Phaser.Math.Vector2(side * 8, -20), new Phaser.Math.Vector2(side * -6, 10), new Phaser.Math.Vector2(side * 6, 40), new Phaser.Math.Vector2(0, 70), new Phaser.Math.Vector2(side * 55, 0)], true);
      g.lineStyle(5, INK, 1).strokePoints([new Phaser.Math.Vector2(0, -70), new Phaser.Math.Vector2(side * 55, 0), new Phaser.Math.Vector2(0, 70)], false);
      return g;
    };
    const left = half(-1);
    const right = half(1);
    beat.add([left, right]);
    const label = this.add
      .text(0, 110, markLost ? 'CREDIBILITY −1' : 'NOT THIS ONE', { fontFamily: 'DejaVu Sans Mono, monospace', fontSize: '30px', fontStyle: 'bold', color: '#efe6d2', backgroundColor: '#1b1a17', padding: { x: 12, y: 6 } })
      .setOrigin(0.5);
    beat.add(label);
    this.effects++;
    const done = () => {
      this.effects--;
      beat.destroy();
      this.events.emit('wrong-done');
      this.onActivity();
    };
    if (this.reducedMotion) {
      left.x = -14;
      right.x = 14;
      this.wall(350, () => this.events.emit('wrong-landed'));
      this.wall(900, done);
    } else {
      this.cameras.main.shake(180 * this.beatScale, 0.006);
      this.tweens.add({ targets: left, x: -40, y: 60, angle: -25, delay: 150, duration: 450, ease: 'Quad.easeIn' });
      this.tweens.add({ targets: right, x: 40, y: 60, angle: 25, delay: 150, duration: 450, ease: 'Quad.easeIn' });
      this.wall(350, () => this.events.emit('wrong-landed'));
      this.tweens.add({ targets: beat, alpha: 0, delay: 650, duration: 250, onComplete: done });
    }
  }

  // ---- a plain stage where no art could be loaded (offline, broken manifest) ------------------

  private plainBackground(): Phaser.GameObjects.Graphics {
    return this.add.graphics().fillStyle(INK, 1).fillRect(0, 0, STAGE_W, STAGE_H);
  }
}

/** A bust's size as drawn on the stage. */
const BUST_ON_STAGE = { width: Math.round(BUST.width * BUST.scale), height: Math.round(BUST.height * BUST.scale) };

/** The main thread's next idle moment (at most a second away; a timer where there is no requestIdleCallback). */
/** The font (CSS shorthand) has loaded, or there is no FontFaceSet to ask; not if it cannot parse the font. */
function fontLoaded(font: string): boolean {
  try {
    return typeof document === 'undefined' || !document.fonts || document.fonts.check(font.trim());
  } catch {
    return false;
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50)));
}

/**
 * After the frame being made now is drawn (a line's text), behind the tasks already queued:
 * a background-priority task where the browser has them (Chromium's scheduler.postTask), else
 * a timer. (Not an idle callback: a wanted picture must not wait for the page to fall idle.)
 */
function afterFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const scheduler = (globalThis as { scheduler?: { postTask(cb: () => void, o: { priority: string }): Promise<unknown> } }).scheduler;
      if (scheduler?.postTask) void scheduler.postTask(resolve, { priority: 'background' });
      else setTimeout(resolve, 0);
    }),
  );
}

/** Horizontal strips a picture loaded ahead is rasterised in, one per idle moment. */
const STRIPS = 8;

/**
 * The SVG's pixels in a canvas, at the size the stage shows them (its own size if none is
 * given): each frame then copies pixels one to one instead of resampling a picture. With
 * `pause`, in strips, awaiting it before each (a strip costs about its share of the whole).
 */
async function rasterise(img: HTMLImageElement, size?: { width: number; height: number }, pause?: (() => Promise<void>) | null): Promise<HTMLCanvasElement> {
  const c = document.createElement('canvas');
  c.width = size?.width ?? img.naturalWidth;
  c.height = size?.height ?? img.naturalHeight;
  // A canvas in main memory: on the GPU, one drawn over several tasks kept only its first
  // strips (Chromium, SwiftShader), and a texture is read from it once anyway.
  const ctx = c.getContext('2d', { willReadFrequently: true })!;
  if (!pause) {
    ctx.drawImage(img, 0, 0, c.width, c.height);
    return c;
  }
  for (let i = 0; i < STRIPS; i++) {
    await pause();
    // The whole picture drawn through a clip the strip's height: only the strip is rasterised.
    // (A source rectangle instead drew the wrong pixels on a GPU-accelerated canvas.)
    const y0 = Math.round((c.height * i) / STRIPS);
    const y1 = Math.round((c.height * (i + 1)) / STRIPS);
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, y0, c.width, y1 - y0);
    ctx.clip();
    ctx.drawImage(img, 0, 0, c.width, c.height);
    ctx.restore();
  }
  return c;
}
