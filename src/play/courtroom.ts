// The courtroom in play: connects one CaseSession to the HTML layer, the stage, the sound
// and the autosave. Every player action goes through here, and after each the game is saved.
import { CaseSession, SessionError, type SessionEvent, type View } from '../story/caseSession';
import type { CaseContent } from '../story/caseSession';
import { presentCommand, type Presenter } from '../story/commands';
import { stagePicture } from '../story/scene';
import { presentScene } from './presentScene';
import type { HintStep } from '../story/crossExamination';
import { MAX_MARKS, type Mode } from '../story/modes';
import { SaveStore } from '../save/saveGame';
import type { Stage } from '../stage/stage';
import type { AudioService, SoundId } from '../audio/audioService';
import { Announcer } from '../ui/announcer';
import { CourtRecordDialog } from '../ui/courtRecordDialog';
import { DialogueBox, dramatizedLabel, dramatizedNote } from '../ui/dialogueBox';
import { TestimonyPanel } from '../ui/testimonyPanel';
import { DeductionPanel } from '../ui/deductionPanel';
import { TimelineBoardPanel } from '../ui/timelineBoardPanel';
import { byId, clear, h } from '../ui/dom';
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
  private announcer = new Announcer();
  private record: CourtRecordDialog;
  private hintPoint: { item: string; field: string } | null = null;
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
      objection: (label) => deps.stage.objection(label),
      flash: () => deps.stage.flash(),
      evidenceIn: (title) => deps.stage.evidenceIn(title),
      announce: (text) => this.announcer.say(text),
    };
    this.record = new CourtRecordDialog(() => this.session.record);
    this.unsubscribe = this.session.on((e) => this.onSessionEvent(e));
    this.dialogue.setNextLabel('Next', 'Enter');
    this.dialogue.next.onclick = () => {
      if (!this.dialogue.completeLine()) this.act(() => this.session.advance()); // first click completes a line still appearing
    };
    byId('btn-record').onclick = () => this.openRecord();
    byId('btn-menu').onclick = () => this.leave();
    byId('btn-report').onclick = () => this.deps.onReport?.();
    document.addEventListener('keydown', this.keyHandler);
    byId('case-label').textContent = content.title;
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
        this.autosave();
        return;
      case 'wrong-present':
        this.deps.stage.wrong();
        this.deps.audio.playSound('wrong');
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
    presentScene({ stage, audio, caption: (text) => (byId('caption').textContent = text) }, stagePicture(view, this.session.sceneState, this.session.lastLine));
  }

  // ---- rendering ------------------------------------------------------------------------

  private speakerName(id: string | null): string | null {
    if (!id) return null;
    return this.session.record.knows(id) ? this.session.record.entry(id).title : id;
  }

  private render(view: View): void {
    const inCross = view.phase === 'cross';
    const inActivity = view.phase === 'deduction' || view.phase === 'board';
    this.dialogue.show(!inCross && !inActivity);
    this.testimony.show(inCross);
    byId('activity').hidden = !inActivity;
    document.body.dataset.phase = view.phase;
    this.renderMarks(view);
    switch (view.phase) {
      case 'line': {
        const { line } = view;
        const name = this.speakerName(line.speaker);
        this.dialogue.renderSourceCheck(null);
        this.dialogue.renderLine(line, name, true);
        this.dialogue.renderChoices([], () => {});
        if (line.speaker) this.deps.audio.blip(line.speaker);
        const dramatized = dramatizedNote(line);
        this.announcer.say(`${dramatized !== null ? `${dramatizedLabel(dramatized)}. ` : ''}${name ? `${name}: ${line.text}` : line.text}`);
        if (!this.record.isOpen) this.dialogue.next.focus();
        break;
      }
      case 'choices': {
        const name = this.speakerName(view.line?.speaker ?? null);
        const check = view.line?.commands.find((c) => c.type === 'source-check');
        this.dialogue.renderSourceCheck(check && check.type === 'source-check' && this.session.record.knows(check.item) ? this.session.record.view(check.item) : null);
        this.dialogue.renderLine(view.line, name);
        this.dialogue.renderChoices(view.choices, (i) => this.act(() => this.session.choose(i)));
        this.announcer.say(`Choose: ${view.choices.map((c, i) => `${i + 1}, ${c.text}`).join('; ')}`);
        if (!this.record.isOpen) this.dialogue.focusFirstChoice();
        break;
      }
      case 'cross': {
        const c = view.cross;
        const st = c.statements[c.current];
        this.testimony.render(c, this.speakerName(c.witness) ?? c.witness, view.notice ?? this.saveWarning, this.hintsFor(c.id, st.id), {
          step: (d) => this.act(() => this.session.step(d)),
          goTo: (id) => this.act(() => this.session.goTo(id)),
          press: () => this.act(() => this.session.press()),
          present: () => this.openRecord(true),
          hint: () => this.showHint(),
          record: () => this.openRecord(),
        });
        const who = this.speakerName(st.speaker ?? c.witness);
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
          place: (card, cell) => this.act(() => void this.session.placeCard(card, cell)),
          finish: () => this.act(() => this.session.finishBoard()),
        }, (person) => b.lanes.find((l) => l.key === person)?.label ?? this.speakerName(person) ?? person);
        const left = b.cards.filter((c) => !c.at).length;
        this.announcer.say(
          view.notice ??
            (b.complete
              ? `The board is complete. ${b.conflicts.length ? `It shows ${b.conflicts.length} clash${b.conflicts.length > 1 ? 'es' : ''}.` : ''}`
              : `Timeline board: ${b.title}. ${left} card${left === 1 ? '' : 's'} to place.`),
        );
        break;
      }
      case 'ended':
        this.renderEnded();
        break;
    }
  }

  private hintsFor(crossId: string, statementId: string): HintStep[] {
    return this.session.hintsShown(crossId, statementId);
  }

  private renderMarks(view: View): void {
    const el = byId('marks');
    clear(el);
    const marks = view.phase === 'cross' ? view.cross : null;
    if (!marks) {
      el.setAttribute('aria-label', '');
      el.hidden = true; // nothing at stake outside a cross-examination (and an unlabelled role="img" is an error)
      return;
    }
    el.hidden = false;
    el.setAttribute('aria-label', `Credibility: ${marks.marks} of ${marks.maxMarks} marks`);
    el.append(h('span', { class: 'label', 'aria-hidden': 'true' }, 'Credibility'));
    for (let i = 0; i < marks.maxMarks; i++) el.append(h('span', { class: `mark${i < marks.marks ? '' : ' lost'}`, 'aria-hidden': 'true' }));
  }

  private renderEnded(): void {
    this.dialogue.show(true);
    this.deps.stage.setSpeaker(null, null);
    const results = this.results();
    this.dialogue.renderLine({ text: `Case closed: ${this.content.title}.`, speaker: null, expression: null, cite: null, commands: [] }, null);
    this.dialogue.renderChoices([], () => {});
    this.dialogue.setNextLabel('Back to the title screen');
    this.dialogue.next.onclick = () => {
      this.deps.saves.clear(this.content.id);
      this.leave();
    };
    markFinished(this.content.id);
    showEndedExtras({ caseId: this.content.id, caseTitle: this.content.title, questions: this.session.debriefQuestions, results, onReport: () => this.deps.onReport?.() });
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

  // ---- actions --------------------------------------------------------------------------

  private openRecord(presenting = false): void {
    const view = this.session.view();
    if (presenting && view.phase !== 'cross') return;
    this.deps.audio.playSound('paper');
    this.record.open({
      point: this.hintPoint,
      onPresent: presenting ? (id) => this.act(() => this.session.present(id)) : undefined,
    });
  }

  private showHint(): void {
    this.act(() => {
      const { statement, steps } = this.session.hint();
      const last = steps[steps.length - 1];
      this.hintPoint = last.point ?? this.hintPoint;
      if (statement.id !== this.session.currentStatement().id) this.session.goTo(statement.id);
      this.announcer.say(`Hint ${last.step} of 3: ${last.text}`);
    });
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
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const onButton = Boolean(target.closest('button'));
    const view = this.session.view();
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === 'r') {
      e.preventDefault();
      return this.openRecord();
    }
    if (view.phase === 'line' && (key === 'Enter' || key === ' ') && !onButton) {
      e.preventDefault();
      if (this.dialogue.completeLine()) return; // the first Enter completes a line still appearing
      return this.act(() => this.session.advance());
    }
    if (view.phase === 'choices' && /^[1-9]$/.test(key)) {
      const c = view.choices[Number(key) - 1];
      if (c) {
        e.preventDefault();
        this.act(() => this.session.choose(c.index));
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
      return this.act(() => this.session.press());
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
