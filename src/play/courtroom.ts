// The courtroom in play: connects one CaseSession to the HTML layer, the stage, the sound
// and the autosave. Every player action goes through here, and each is saved (after a pause in
// play, autosaveSchedule.ts).
import { AutosaveSchedule } from './autosaveSchedule';
import { CaseSession, SessionError, type SessionEvent, type CrossView, type View } from '../story/caseSession';
import type { CaseContent } from '../story/caseSession';
import { OBJECTION_LABEL, presentCommand, type Presenter } from '../story/commands';
import { stagePicture } from '../story/scene';
import { presentScene } from './presentScene';
import type { HintStep } from '../story/crossExamination';
import { MAX_MARKS, marksRule, type Mode } from '../story/modes';
import { SaveStore, contentVersion } from '../save/saveGame';
import type { Stage } from '../stage/stage';
import { stageNotBuilt } from '../stage/lazyStage';
import { PAGE_VOICES } from '../stage/artManifest';
import type { ObjectionKind } from '../story/tags';
import type { AudioService, SoundId } from '../audio/audioService';
import { announcer } from '../ui/announcer';
import { CourtRecordDialog } from '../ui/courtRecordDialog';
import { DialogueBox, dramatizedLabel, dramatizedNote } from '../ui/dialogueBox';
import { TestimonyPanel } from '../ui/testimonyPanel';
import { DeductionPanel } from '../ui/deductionPanel';
import { mergedConflicts, TimelineBoardPanel } from '../ui/timelineBoardPanel';
import { byId, clear, h, setAttr, setHidden, setText } from '../ui/dom';
import { singleKeysOn, withoutSingleKeys } from '../ui/shortcuts';
import { removeEndedExtras, showEndedExtras, type Results } from '../ui/debriefAnswers';
import { markFinished } from '../save/finished';


export interface CourtroomDeps {
  stage: Stage;
  audio: AudioService;
  saves: SaveStore;
  onLeave: (message?: string) => void;
  /** Assignment setting: false turns hints off (see SessionOptions.hints). */
  hints?: boolean;
  /** Opens the student report (top-bar "Report", ending screen "Your report"). */
  onReport?: () => void;
}

export class Courtroom {
  readonly session: CaseSession;
  private dialogue = new DialogueBox();
  private testimony = new TestimonyPanel();
  private deduction = new DeductionPanel();
  private board = new TimelineBoardPanel();
  private announcer = announcer();
  private lastCross: CrossView | null = null;
  private record: CourtRecordDialog;
  private hintPoint: { item: string; field: string } | null = null;
  private hintCross: string | null = null;
  /** Beats the next render waits for (an objection banner landing). */
  private holds: Promise<unknown>[] = [];
  private renderToken = 0;
  /** A notice of the play layer's own for the next render (e.g. that no hint is to be had). */
  private localNotice: string | null = null;
  /** The cross-examination whose objection moved the music to the pressing cue (null: none). */
  private pressing: string | null = null;
  private saveWarning: string | null = null;
  private unsubscribe: () => void;
  private keyHandler = (e: KeyboardEvent) => this.onKey(e);
  /** The passing effects of story commands (sound, banners, evidence flying in). */
  private readonly presenter: Presenter;

  /** A new case in the given mode, or a restored session (see SaveStore.restore). */
  constructor(private readonly content: CaseContent, private readonly deps: CourtroomDeps, mode: Mode, session?: CaseSession) {
    this.session = session ?? new CaseSession(content, { mode, hints: deps.hints });
    this.presenter = {
      record: this.session.record,
      sound: (id) => deps.audio.playSound(id as SoundId),
      objection: (_label, kind) => this.objection(kind ?? 'objection'),
      flash: () => {
        deps.stage.flash();
        this.sayBreakthrough(true); // a breakthrough has words, not only a flash
      },
      evidenceIn: (title) => deps.stage.evidenceIn(title),
      announce: (text) => {
        this.announcer.say(text);
        // Right after "Objection!", which statement fell: whether or not the story also flashes.
        if (text === OBJECTION_LABEL.objection || text === OBJECTION_LABEL['take-that']) this.sayBreakthrough(false);
      },
    };
    this.record = new CourtRecordDialog(() => this.session.record);
    this.unsubscribe = this.session.on((e) => this.onSessionEvent(e));
    this.dialogue.setNextLabel('Next', 'Enter');
    this.dialogue.next.onclick = () => {
      if (this.completeLine()) return; // the first click completes a line still appearing
      this.act(() => this.session.advance());
    };
    byId('btn-record').onclick = () => this.openRecord();
    byId('btn-menu').onclick = () => this.leave();
    byId('btn-report').onclick = () => (this.flushSave(), this.deps.onReport?.()); // the report reads the saved progress
    document.addEventListener('keydown', this.keyHandler);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onHidden);
    byId('case-label').textContent = content.title;
    const art = artOf(content.storyJson);
    deps.stage.preload([...art.order, ...cardTitles(this.session.record, art.records).map((t) => `card:${t}`)]);
    // Every save carries the content's version, a hash of the whole story (computed once: ~5 ms
    // here, ~20 ms at 4x CPU throttle). Hashed in an idle moment of its own, it is not part of the
    // first autosave's, one long task a key pressed meanwhile waited behind.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => contentVersion(content), { timeout: 2000 });
    byId('topbar').hidden = false;
    byId('play').inert = false;
  }

  start(): void {
    this.act(() => this.session.start());
  }

  /** Shows a restored session exactly as it was left: the same drawing as after any step. */
  resume(): void {
    this.onSessionEvent({ type: 'change', view: this.session.view() });
  }

  dispose(): void {
    this.flushSave();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onHidden);
    this.unsubscribe();
    document.removeEventListener('keydown', this.keyHandler);
    this.record.close();
    this.deps.audio.playMusic(null);
    this.deps.audio.playRoom(null);
    byId('topbar').hidden = true;
    byId('play').inert = true;
    this.dialogue.show(false);
    this.testimony.show(false);
    byId('activity').hidden = true;
    this.captionWanted = '';
    byId('caption').textContent = '';
    removeEndedExtras();
  }

  private leave(message?: string): void {
    this.dispose();
    this.deps.onLeave(message);
  }

  /** Runs a player action; a story error is shown, never left as a frozen screen. */
  private act(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (e instanceof SessionError) {
        console.error(e);
        this.announcer.say(`The game hit a problem: ${e.message}`);
        this.leave(`The case stopped because of a problem in the story: ${e.message}. Your last saved step is kept.`);
        return;
      }
      throw e;
    }
  }

  // ---- session events -------------------------------------------------------------------

  private onSessionEvent(e: SessionEvent): void {
    switch (e.type) {
      case 'command':
        return presentCommand(this.presenter, e.command);
      case 'change':
        this.presentScene(e.view);
        this.render(e.view);
        this.scheduleSave();
        return;
      case 'wrong-present':
        this.deps.stage.wrong(e.markLost);
        this.deps.audio.playSound(e.markLost ? 'crack' : 'wrong');
        if (this.lastMarks) this.lastMarks.marks = e.marksLeft;
        this.markBreaking = e.markLost; // the lost diamond cracks in the top bar at the next render
        this.announcer.say(e.markLost ? `Wrong evidence. One credibility mark lost; ${e.marksLeft} left.` : 'Wrong evidence.');
        return;
      case 'restart':
        this.deps.audio.playSound('gavel');
        return;
      case 'restored':
        return; // the 'change' that follows draws it, as after any step
    }
  }

  /** The stage, the sound and the caption, from the view and the scene state alone. */
  private presentScene(view: View): void {
    const { stage, audio } = this.deps;
    this.resolvePressing(view);
    const picture = stagePicture(view, this.session.sceneState, this.session.lastLine);
    if (view.phase === 'cross' && picture.speaker) {
      // The witness's face tells the state of the testimony: shaken on an exposed statement,
      // pressed once an objection has landed in this cross-examination, else neutral.
      const st = view.cross.statements[view.cross.current];
      picture.expression = st.solved ? 'shaken' : this.pressing === view.cross.id ? 'pressed' : 'neutral';
      this.lastWitness = picture.speaker;
    }
    if (view.phase === 'cross') this.lastWitness = picture.speaker;
    if (this.pressing) picture.music = 'pressing'; // the pressing cue holds until the cross-examination ends
    if (this.reacting) Object.assign(picture, { speaker: this.reacting, expression: 'shaken', document: null });
    const surface = {
      // Only the three calls: spreading the stage read its getters, and the lazy stage's `ready`
      // builds Phaser (before the first line, which is shown before Phaser's code runs).
      stage: { setSpeaker: (c: string | null, e: string | null) => this.showSpeaker(c, e), setBackground: stage.setBackground, setDocument: stage.setDocument },
      audio,
      caption: (text: string) => this.showCaption(text),
    };
    presentScene(surface, picture);
  }

  /**
   * The place-and-date caption over the stage changes with the picture: a line whose art is
   * still loading is shown first (render), and the new place's name over the old place's
   * picture said something false for that moment. (Before Phaser is built, the scene's
   * background already stands in as a CSS picture: the caption goes at once.)
   */
  private captionWanted = '';
  private showCaption(text: string): void {
    this.captionWanted = text;
    const show = () => {
      const el = byId('caption');
      if (this.captionWanted !== text) return; // a later caption took over
      setText(el, text);
    };
    const { stage } = this.deps;
    if (stageNotBuilt(stage) || stage.isDrawn()) show();
    else void stage.whenDrawn().then(show);
  }

  /** A speaker's bust, or the page of a voice read from a document. */
  private showSpeaker(speaker: string | null, expression: string | null): void {
    const page = speaker && PAGE_VOICES.includes(speaker) ? this.speakerName(speaker) : null;
    this.deps.stage.setSpeaker(speaker, expression, page);
  }

  // ---- rendering ------------------------------------------------------------------------

  private speakerName(id: string | null): string | null {
    if (!id) return null;
    return this.session.record.knows(id) ? this.session.record.entry(id).title : id;
  }

  /**
   * The text first, the picture as soon as its art is ready. A landing objection banner still
   * lands before the text (those waits are the story's beats: keys wait, busy="stage"). Art
   * still loading does not hold the line: its text is shown at once, and the page says
   * busy="art" until the picture is drawn (tests and tools wait for it); the line can be read
   * and played on meanwhile. Holding the line for its art made a reader who met a picture the
   * preload had not reached wait while its SVG was rasterised on the main thread (a background
   * ~25 ms, ~100 ms on a machine 4x slower); the old face is taken off at once meanwhile
   * (CourtroomScene.refresh), and the new picture follows. A picture drawn from art already
   * loaded comes the frame after the line's (stage.ts, wake), so that frame holds only the text.
   * A picture that cannot load never holds anything for more than a few seconds.
   */
  private render(view: View): void {
    const token = ++this.renderToken;
    const waits = this.holds.splice(0);
    const root = document.documentElement;
    const stageBusy = () => root.dataset.busy === 'stage' || root.dataset.busy === 'art';
    if (!waits.length && this.deps.stage.isDrawn()) {
      if (stageBusy()) delete root.dataset.busy; // an older view still waiting is superseded
      return this.renderNow(view);
    }
    // The first view of a case, before Phaser's code has run (the title needs none), is one of
    // these: the stage is built after the frame that shows its text, its first scene's
    // background standing in meanwhile (lazyStage.ts). Running Phaser's code first held the
    // first line back by a second or more on a slow machine.
    const textFirst = !waits.length;
    const early = textFirst && stageNotBuilt(this.deps.stage);
    root.dataset.busy = textFirst ? 'art' : 'stage';
    if (textFirst) this.renderNow(view);
    const drawn = early
      ? new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r))).then(() => this.deps.stage.whenDrawn())
      : Promise.all(waits).then(() => this.deps.stage.whenDrawn());
    const timeout = new Promise((r) => setTimeout(r, early ? 8000 : 4000));
    void Promise.race([drawn, timeout]).then(() => {
      if (token !== this.renderToken) return; // a newer view took over
      if (stageBusy()) delete root.dataset.busy;
      if (!textFirst) this.renderNow(view);
    });
  }

  private renderNow(view: View): void {
    const inCross = view.phase === 'cross';
    const inActivity = view.phase === 'deduction' || view.phase === 'board';
    this.dialogue.show(!inCross && !inActivity);
    this.testimony.show(inCross);
    setHidden(byId('activity'), !inActivity);
    if (document.body.dataset.phase !== view.phase) document.body.dataset.phase = view.phase;
    this.renderMarks(view);
    switch (view.phase) {
      case 'line': {
        this.deps.stage.lineShown();
        // A tip names the button and its key; without single-key shortcuts only the button.
        const line = /^Tip:/.test(view.line.text) ? { ...view.line, text: withoutSingleKeys(view.line.text) } : view.line;
        const name = this.speakerName(line.speaker);
        this.dialogue.renderSourceCheck(null);
        this.dialogue.renderLine(line, name, true);
        this.dialogue.renderChoices([], () => {});
        if (line.speaker) this.deps.audio.blip(line.speaker);
        const dramatized = dramatizedNote(line);
        this.announcer.say(`${dramatized !== null ? `${dramatizedLabel(dramatized)}. ` : ''}${name ? `${name}: ${line.text}` : line.text}`);
        // focus() brings style and layout up to date before it checks the button can take focus:
        // a forced layout on every line when the button has it already.
        if (!this.record.isOpen && document.activeElement !== this.dialogue.next) this.dialogue.next.focus();
        this.lookAheadSoon();
        break;
      }
      case 'choices': {
        const name = this.speakerName(view.line?.speaker ?? null);
        const check = view.line?.commands.find((c) => c.type === 'source-check');
        this.dialogue.renderSourceCheck(check && check.type === 'source-check' && this.session.record.knows(check.item) ? this.session.record.view(check.item) : null);
        this.dialogue.renderLine(view.line, name);
        this.dialogue.renderChoices(view.choices, (i) => this.choose(i));
        // The line asked with the choices is read first (said once if it was just read as a line).
        if (view.line) this.announcer.say(name ? `${name}: ${view.line.text}` : view.line.text);
        this.announcer.say(`Choose: ${view.choices.map((c, i) => `${i + 1}, ${c.text}`).join('; ')}`);
        if (!this.record.isOpen) this.dialogue.focusFirstChoice();
        break;
      }
      case 'cross': {
        const c = view.cross;
        this.lastCross = c;
        const st = c.statements[c.current];
        this.testimony.render(c, this.speakerName(c.witness) ?? c.witness, view.notice ?? this.localNotice ?? this.saveWarning, this.hintsFor(c.id, st.id), {
          step: (d) => this.act(() => this.session.step(d)),
          goTo: (id) => this.act(() => this.session.goTo(id)),
          press: () => this.press(),
          present: () => this.openRecord(true),
          hint: () => this.showHint(),
          record: () => this.openRecord(),
        }, marksRule(this.session.currentMode, this.session.graceRemaining));
        const who = this.speakerName(st.speaker ?? c.witness);
        this.backlogStatement(c, st, who);
        if (c.id !== this.hintCross) {
          this.hintCross = c.id;
          this.hintPoint = null; // a hint's highlight belongs to its cross-examination
        }
        if (c.pointing) {
          // Point to the line: the document opens with its lines as a radio group.
          this.openPointing();
          this.announcer.say(c.pointing.feedback ?? `Right document. Now point to the line of ${c.pointing.itemTitle} that contradicts the statement.`);
          break;
        }
        this.announcer.say(`${view.notice ? `${view.notice} ` : ''}Statement ${st.number} of ${c.statements.length}${st.solved ? ', exposed' : ''}. ${who}: ${st.text}`);
        break;
      }
      case 'deduction': {
        const d = view.deduction;
        this.deduction.render(d, view.notice, this.session.record, {
          choose: (slot) =>
            this.record.open({
              actionLabel: (title) => `Use "${title}" as fact ${slot === 0 ? 'A' : 'B'}`,
              onPresent: (id) => {
                this.deduction.setSlot(slot, id);
                this.render(this.session.view());
              },
            }),
          combine: (a, b) => this.act(() => this.session.deduce(a, b)),
          hint: () => this.act(() => void this.session.deductionHint()),
        });
        this.announcer.say(`${view.notice ? `${view.notice} ` : ''}Deduction: ${d.title}. ${d.prompt}`);
        break;
      }
      case 'board': {
        const b = view.board;
        this.board.render(b, view.notice, {
          place: (card, cell, lane) => this.act(() => this.session.placeCard(card, cell, lane)),
          takeBack: (card) => this.act(() => this.session.takeBackCard(card)),
          check: () => this.act(() => void this.session.checkBoard()),
          finish: () => this.act(() => this.session.finishBoard()),
        }, (person) => b.lanes.find((l) => l.key === person)?.label ?? this.speakerName(person) ?? person, marksRule(this.session.currentMode)); // the grace is for presents only
        const left = b.cards.filter((c) => !c.confirmed).length;
        const clashes = mergedConflicts(b.conflicts).length;
        // Check results (the notice) are said through the live region; a placement is said briefly.
        this.announcer.say(
          view.notice ??
            (b.complete
              ? `The board is complete. ${clashes ? `It shows ${clashes} clash${clashes > 1 ? 'es' : ''}.` : ''}`
              : `Timeline board: ${b.title}. ${left} card${left === 1 ? '' : 's'} to confirm; ${b.unconfirmed} placed, not checked. Credibility ${b.marks} of ${b.maxMarks}.`),
        );
        break;
      }
      case 'ended':
        this.renderEnded();
        break;
    }
  }

  /**
   * While the player reads a line, the story reads the next one (CaseSession.lookAhead), in an
   * idle moment: the step to it then only shows it. Moving ink on was a third of a step's own
   * work, and most of the slowest steps, a case's first lines running ink's code cold.
   */
  private lookAheadSoon(): void {
    const session = this.session;
    const run = () => session.lookAhead();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 100);
  }

  private hintsFor(crossId: string, statementId: string): HintStep[] {
    return this.session.hintsShown(crossId, statementId);
  }

  private renderMarks(view: View): void {
    const el = byId('marks');
    clear(el);
    if (view.phase === 'cross') this.lastMarks = { marks: view.cross.marks, maxMarks: view.cross.maxMarks };
    // Kept on screen through a press or present conversation; Study mode costs nothing, so shows none.
    const marks = view.phase === 'cross' || this.activeCross() ? this.lastMarks : null;
    if (!marks || this.session.currentMode === 'study') {
      setAttr(el, 'aria-label', '');
      setHidden(el, true); // nothing at stake outside a cross-examination (and an unlabelled role="img" is an error)
      return;
    }
    setHidden(el, false);
    setAttr(el, 'aria-label', `Credibility: ${marks.marks} of ${marks.maxMarks} marks`);
    el.title = marksRule(this.session.currentMode, this.session.graceRemaining);
    el.append(h('span', { class: 'label', 'aria-hidden': 'true' }, 'Credibility'));
    for (let i = 0; i < marks.maxMarks; i++) {
      const breaking = this.markBreaking && i === marks.marks;
      el.append(h('span', { class: `mark${i < marks.marks ? '' : ' lost'}${breaking ? ' breaking' : ''}`, 'aria-hidden': 'true' }));
    }
    this.markBreaking = false;
  }

  private renderEnded(): void {
    this.dialogue.show(true);
    this.deps.stage.setSpeaker(null, null);
    const results = this.results();
    this.dialogue.renderLine({ text: `Case closed: ${this.content.title}.`, speaker: null, expression: null, cite: null, commands: [] }, null);
    this.dialogue.renderChoices([], () => {});
    this.dialogue.setNextLabel('Back to the title screen');
    this.dialogue.next.onclick = () => {
      this.flushSave(); // a save still pending must not bring back the one cleared here
      this.deps.saves.clear(this.content.id);
      this.leave();
    };
    markFinished(this.content.id);
    showEndedExtras({ caseId: this.content.id, caseTitle: this.content.title, questions: this.session.debriefQuestions, results, onReport: () => (this.flushSave(), this.deps.onReport?.()) });
    const r = results;
    this.announcer.say(`Case closed. Contradictions found: ${r.found} of ${r.total}. Hints: ${r.hints}. Wrong presents: ${r.wrong}.`);
    // Focus on the results, not on a button a fast Enter would press.
    document.getElementById('results')?.focus();
  }

  /** The numbers of the results screen, from the student's log. */
  private results(): Results {
    const log = this.session.log.all();
    const total = this.session.crossIds().reduce((n, id) => n + this.session.crossModel(id).statements.filter((s) => s.answers.length > 0).length, 0);
    const found = new Set<string>();
    let wrong = 0;
    let free = 0;
    let marksLost = 0;
    let hints = 0;
    const marks = new Map<string, number>();
    for (const e of log) {
      if (e.kind === 'cross-start' || e.kind === 'cross-restart') marks.set(e.cross, MAX_MARKS);
      if (e.kind === 'hint') hints++;
      if (e.kind !== 'present') continue;
      if (e.correct) found.add(`${e.cross}.${e.statement}`);
      else {
        wrong++;
        const before = marks.get(e.cross) ?? MAX_MARKS;
        if (e.marksLeft < before) marksLost += before - e.marksLeft;
        else free++;
      }
      marks.set(e.cross, e.marksLeft);
    }
    const minutes = log.length > 1 ? Math.round((Date.parse(log[log.length - 1].at) - Date.parse(log[0].at)) / 60000) : 0;
    return { found: found.size, total, marksLost, hints, wrong, free, minutes, study: this.session.currentMode === 'study' };
  }

  /** A choice, kept in the backlog as the player's own words. */
  private choose(index: number): void {
    const view = this.session.view();
    const c = view.phase === 'choices' ? view.choices.find((x) => x.index === index) : undefined;
    if (c) this.session.backlog.push({ speaker: null, text: `You chose: ${c.text}` });
    this.act(() => this.session.choose(index));
  }

  /** A testimony statement, kept in the backlog the first time it is shown in a row. */
  private backlogStatement(c: { title: string; statements: Array<{ number: number; text: string }> }, st: { number: number; text: string; solved?: boolean; dramatized?: string | null }, who: string | null): void {
    // Worded as the screen reader hears it ("Statement 2 of 4. Swen: …"), so the backlog and
    // what was announced read alike.
    const num = `Statement ${st.number} of ${c.statements.length}${st.solved ? ', exposed' : ''}`;
    const text = who ? `${num}. ${who}: ${st.text}` : `${num}: ${st.text}`;
    const dramatized = typeof st.dramatized === 'string' ? { dramatized: st.dramatized } : {};
    if (this.session.backlog.all().at(-1)?.text !== text) this.session.backlog.push({ speaker: null, text, ...dramatized });
  }

  // ---- the objection beat -----------------------------------------------------------------

  /**
   * "Objection!": the banner slams in (still, with reduced motion), a brass sting, a short
   * shake; the text waits until the banner has landed; the witness is shaken; the music moves
   * to the pressing cue for the rest of the cross-examination.
   */
  private objection(kind: ObjectionKind): void {
    const { stage, audio } = this.deps;
    const label = OBJECTION_LABEL[kind];
    const crossId = this.activeCross();
    const witness = crossId ? this.lastWitness : null;
    // While the banner lands, the witness is on stage, shaken; then the line's own speaker.
    if (witness && kind !== 'hold-it') this.reacting = witness;
    const landed = stage.objection(label, kind).then(() => {
      if (!this.reacting) return;
      this.reacting = null;
      this.presentScene(this.session.view());
    });
    this.holds.push(landed);
    if (kind !== 'hold-it' && crossId && this.pressing !== crossId) {
      this.pressing = crossId;
      audio.playMusic('pressing');
    }
  }

  /** "Hold it!" on a press: a smaller banner and a stab, and the text waits for it. */
  private press(): void {
    const view = this.session.view();
    if (view.phase !== 'cross') return;
    this.deps.audio.playSound('hold-it');
    this.announcer.say('HOLD IT!');
    this.holds.push(this.deps.stage.objection('HOLD IT!', 'hold-it'));
    this.act(() => this.session.press());
  }

  /** The cross-examination in play, or the one whose conversation (press, present) is running. */
  private activeCross(): string | null {
    const view = this.session.view();
    if (view.phase === 'cross') return view.cross.id;
    if (!this.crossInPlay || view.phase === 'ended' || view.phase === 'deduction' || view.phase === 'board') return null;
    return this.crossOver(this.crossInPlay) ? null : this.crossInPlay;
  }

  private crossOver(id: string): boolean {
    return this.session.log.all().some((e) => e.kind === 'cross-solved' && (e as { cross?: string }).cross === id);
  }

  private crossInPlay: string | null = null;
  /** The witness reacting to an objection while its banner lands. */
  private reacting: string | null = null;
  /** The live witness of the statement last shown (null for transcript pages). */
  private lastWitness: string | null = null;
  /** The credibility shown last in a cross-examination, kept on screen through its conversations. */
  private lastMarks: { marks: number; maxMarks: number } | null = null;
  private markBreaking = false;

  /** The pressing cue resolves when its cross-examination is over (presentScene then plays the scene's music). */
  private resolvePressing(view: View): void {
    if (view.phase === 'cross') this.crossInPlay = view.cross.id;
    if (!this.pressing) return;
    if (this.activeCross() === this.pressing) return;
    this.pressing = null;
    this.crossInPlay = null;
  }


  /** The log entry of the breakthrough last announced, so an objection and a flash on the
   *  same present say it once. */
  private announcedBreakthrough: unknown = null;

  /** Says what a breakthrough was (a flash, or "Objection!" on a right present); once each. */
  private sayBreakthrough(fromFlash: boolean): void {
    const { text, entry } = this.breakthrough();
    if (entry && entry === this.announcedBreakthrough) return;
    if (!entry && !fromFlash) return; // an objection with no right present behind it says only its label
    this.announcedBreakthrough = entry;
    this.announcer.say(text);
  }

  /** What a screen reader hears at a breakthrough: which statement fell, or that a deduction held. */
  private breakthrough(): { text: string; entry: unknown } {
    const log = this.session.log.all();
    let last = log.at(-1);
    // After the pointing step the breakthrough belongs to the present it completed.
    if (last?.kind === 'point' && last.correct) last = [...log].reverse().find((e) => e.kind === 'present' && e.correct);
    if (last?.kind === 'present' && last.correct) {
      const c = this.lastCross;
      const st = c?.id === last.cross ? c.statements.find((s) => s.id === last.statement) : undefined;
      return { text: st && c ? `Contradiction exposed: statement ${st.number} of ${c.statements.length}.` : 'Contradiction exposed.', entry: last };
    }
    if (last?.kind === 'deduction' && last.correct) return { text: 'Deduction made: the two facts hold together.', entry: last };
    return { text: 'Breakthrough.', entry: null };
  }

  /** Shows the rest of a line still appearing, and says so (the key is not used up silently). */
  private completeLine(): boolean {
    if (!this.dialogue.completeLine()) return false;
    this.announcer.say('Line shown in full. Next goes on.');
    return true;
  }

  // ---- actions --------------------------------------------------------------------------

  /** After the right present: the document's lines as a radio group (Study may skip). */
  private openPointing(): void {
    const view = this.session.view();
    if (view.phase !== 'cross' || !view.cross.pointing) return;
    const p = view.cross.pointing;
    this.record.open({
      pointing: {
        item: p.item,
        statement: p.statementText,
        feedback: p.feedback,
        onPoint: (field) => this.act(() => this.session.point(field)),
        onSkip: p.optional ? () => this.act(() => this.session.skipPoint()) : undefined,
      },
    });
  }

  private openRecord(presenting = false): void {
    const view = this.session.view();
    if (presenting && view.phase !== 'cross') return;
    if (view.phase === 'cross' && view.cross.pointing) return this.openPointing();
    this.deps.audio.playSound('paper');
    this.record.open({
      point: this.hintPoint,
      onPresent: presenting ? (id) => this.act(() => this.session.present(id)) : undefined,
    });
  }

  private showHint(): void {
    const view = this.session.view();
    if (view.phase === 'cross' && !view.cross.canHint) {
      // Nothing to hint at on view (what is left is hidden until a press reveals it): say so
      // rather than stop the case.
      this.localNotice = 'No hint here: press the statements to hear more.';
      this.render(view);
      this.localNotice = null;
      return;
    }
    this.act(() => {
      const { statement, steps } = this.session.hint();
      const last = steps[steps.length - 1];
      this.hintPoint = last.point ?? this.hintPoint;
      // The hint first, then the statement it leads to (the queue reads both, in this order).
      this.announcer.say(`Hint ${last.step} of 3: ${last.text}`);
      if (statement.id !== this.session.currentStatement().id) this.session.goTo(statement.id);
    });
  }

  /** When the autosave runs (after a pause in play; see autosaveSchedule.ts). */
  private readonly saves = new AutosaveSchedule(() => this.autosave());
  private onPageHide = () => this.flushSave();
  private onHidden = () => document.visibilityState === 'hidden' && this.flushSave();

  /** A save is owed for the last step (tests wait for it: tests/e2e/browser.ts saveSettled). */
  get savePending(): boolean {
    return this.saves.pending;
  }

  private scheduleSave(): void {
    this.saves.schedule();
  }

  /** Writes a pending autosave now (nothing if none is pending). */
  flushSave(): void {
    this.saves.flush();
  }

  private autosave(): void {
    const warning = this.deps.saves.write(this.content, this.session.save());
    if (warning && !this.saveWarning) {
      this.saveWarning = warning;
      this.announcer.say(warning);
    }
  }

  // ---- keyboard -------------------------------------------------------------------------

  private onKey(e: KeyboardEvent): void {
    if (this.record.isOpen || document.querySelector('dialog[open]') || e.altKey || e.ctrlKey || e.metaKey) return;
    if (document.documentElement.dataset.busy === 'stage') {
      if (e.key === 'Enter' || e.key === ' ') e.preventDefault(); // the next line is on its way: a key now is not spent on it
      return;
    }
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const onButton = Boolean(target.closest('button'));
    const view = this.session.view();
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    // Without single-key shortcuts only Enter and Space play on; every other action is a button.
    if (!singleKeysOn() && key !== 'Enter' && key !== ' ') return;
    if (key === 'r') {
      e.preventDefault();
      return this.openRecord();
    }
    if (view.phase === 'line' && (key === 'Enter' || key === ' ') && !onButton) {
      e.preventDefault();
      if (this.completeLine()) return; // the first Enter completes a line still appearing
      return this.act(() => this.session.advance());
    }
    if (view.phase === 'choices' && /^[1-9]$/.test(key)) {
      const c = view.choices[Number(key) - 1];
      if (c) {
        e.preventDefault();
        this.choose(c.index);
      }
      return;
    }
    if (view.phase === 'deduction' && key === 'h' && view.deduction.hintsAllowed) {
      e.preventDefault();
      return this.act(() => void this.session.deductionHint());
    }
    if (view.phase !== 'cross') return;
    if (key === 'ArrowRight' || key === 'ArrowLeft') {
      e.preventDefault();
      return this.act(() => this.session.step(key === 'ArrowRight' ? 1 : -1));
    }
    if (key === 'p') {
      e.preventDefault();
      return this.press();
    }
    if (key === 'e') {
      e.preventDefault();
      return this.openRecord(true);
    }
    if (key === 'h' && view.cross.hintsAllowed) {
      e.preventDefault();
      return this.showHint();
    }
  }
}

/**
 * The backgrounds and speakers a case uses, in the order its compiled story first names them;
 * `order` has both in one list ('bg:…', 'speaker:…'), the order the preload follows.
 */
export function artOf(storyJson: unknown): { backgrounds: string[]; speakers: string[]; order: string[]; records: Array<{ id: string; version: string | null }> } {
  const text = typeof storyJson === 'string' ? storyJson : JSON.stringify(storyJson);
  const backgrounds: string[] = [];
  const speakers: string[] = [];
  const order: string[] = [];
  // The court-record items the story adds or updates, in story order: each gets its card built
  // ahead (CourtroomScene.preloadArt), so none is built at the line that adds it.
  const records: Array<{ id: string; version: string | null }> = [];
  // A face other than the usual one is loaded in its place in the story too (with the speaker
  // named last before it): loaded after all the usual faces, it was often still loading when a
  // quick reader reached it, and the line waited for it.
  let speaker: string | null = null;
  for (const m of text.matchAll(/(bg|speaker|expression|add|update):\s*([a-z0-9-]+)(?:\s+([a-z0-9-]+))?/g)) {
    if (m[1] === 'add' || m[1] === 'update') {
      const version = m[1] === 'update' ? m[3] ?? null : null;
      if (!records.some((r) => r.id === m[2] && r.version === version)) records.push({ id: m[2], version });
      continue;
    }
    if (m[1] === 'expression') {
      const face = `face:${speaker}:${m[2]}`;
      if (speaker && m[2] !== 'neutral' && !order.includes(face)) order.push(face);
      continue;
    }
    if (m[1] === 'speaker') speaker = m[2] === 'narrator' ? null : m[2];
    const list = m[1] === 'bg' ? backgrounds : speakers;
    if (m[2] !== 'narrator' && !list.includes(m[2])) {
      list.push(m[2]);
      order.push(`${m[1]}:${m[2]}`);
    }
  }
  return { backgrounds, speakers, order, records };
}

/** The titles the "added to the court record" cards will show, in story order (an id the record does not know is left out: the story check reports it). */
function cardTitles(record: CaseSession['record'], records: Array<{ id: string; version: string | null }>): string[] {
  const titles: string[] = [];
  for (const { id, version } of records) {
    try {
      const entry = record.entry(id);
      const title = (version && entry.versions?.[version]?.title) || entry.title;
      if (!titles.includes(title)) titles.push(title);
    } catch {
      // not in the catalogue
    }
  }
  return titles;
}
