// The story core: one case in play. The session coordinates; the rules live with the parts.
//   InkDriver            moves the ink story on, line by line, tags parsed into commands
//   commands.ts          what each command does to the state (and how it shows, for the play layer)
//   the activities       crossExaminationActivity, deductionActivity, timelineBoardActivity
//                        (and sourceCheck): each with its rules, its view and its save slice
//   HintLadder           the hint steps shown, shared by the activities
//   CourtRecord, StudentLog, Backlog
// The session holds the current activity, plays the conversations it asks for and comes
// back to it, and sums every part's slice into the save. It knows nothing of the browser:
// the stage and the HTML layer listen to its events, and tests drive it directly in Node.
import * as v from 'valibot';
import type { Story } from 'inkjs';
import { CourtRecord, type RecordData } from './courtRecord';
import { readCrossModel, type CrossModel, type HintStep, type Statement } from './crossExamination';
import { readDeductionModel, type DeductionModel } from './deduction';
import { readBoardModel, type BoardModel } from './timelineBoard';
import { MODES, rulesFor, type Mode } from './modes';
import { StudentLog } from './studentLog';
import { Backlog } from './backlog';
import { CommandSchema, hasMeta, metaValue, type Command, type TagError } from './tags';
import { InkDriver } from './inkDriver';
import { HintLadder } from './hintLadder';
import { applyCommand, type CommandState } from './commands';
import { SessionError, type Activity, type ActivityHost, type ActivityKind, type ActivityType } from './activity';
import { CrossExamination, crossExamination, type StatementView } from './crossExaminationActivity';
import { Deduction, deduction } from './deductionActivity';
import { TimelineBoard, timelineBoard } from './timelineBoardActivity';
import { answerSourceCheck } from './sourceCheck';
import type { Line, SceneState, SessionEvent, View } from './view';
import type { ProofsData } from './proofs';
import { pointingRules } from './pointing';
import { loadSlices, readSlice, saveSlices, SaveDataError, SavedSlicesSchema, slice, type Saveable, type SavedSlices } from '../save/slice';

export { SessionError } from './activity';
export type { ActivityKind } from './activity';
export type { BoardCardView, BoardView, ChoiceView, CrossView, DeductionView, Line, SceneState, SessionEvent, StatementView, View } from './view';

export interface CaseContent {
  id: string;
  title: string;
  /** Compiled ink JSON (from the Vite ink plugin or tools/inkCompile). */
  storyJson: string;
  record: RecordData;
  /** story/<case>/proofs.json: why each contradiction holds (absent while a case has none). */
  proofs?: ProofsData;
}

/** Every kind of activity the story can start (# cross:, # deduction:, # board: on a knot). */
export const ACTIVITIES: { [K in ActivityKind]: ActivityType<never> } = {
  cross: crossExamination as ActivityType<never>,
  deduction: deduction as ActivityType<never>,
  board: timelineBoard as ActivityType<never>,
};
const ACTIVITY_KINDS = ['cross', 'deduction', 'board'] as const;

const str = v.string();
const LineSchema = v.object({ text: str, speaker: v.nullable(str), expression: v.nullable(str), cite: v.nullable(str), commands: v.array(CommandSchema) });
const SceneSchema = v.object({ background: v.nullable(str), speaker: v.nullable(str), expression: v.nullable(str), music: v.nullable(str), caption: v.nullable(str) });
/** The coordinator's own slice: where in the case the player is. */
const PlaceSchema = v.object({
  mode: v.picklist(MODES),
  phase: v.picklist(['line', 'choices', 'cross', 'deduction', 'board', 'ended']),
  line: v.nullable(LineSchema),
  notice: v.nullable(str),
  /** In a conversation started by the running activity (a press, a present, a deduction's answer). */
  returnTo: v.nullable(v.picklist(ACTIVITY_KINDS)),
  /** An activity the story has asked for, entered when the current lines run out. */
  pending: v.nullable(v.object({ kind: v.picklist(ACTIVITY_KINDS), id: str })),
  ending: v.nullable(str),
  graceLeft: v.pipe(v.number(), v.integer(), v.minValue(0)),
  scene: SceneSchema,
  /** Debrief discussion questions the player has seen (lines tagged # question). */
  questions: v.array(str),
});
type Place = v.InferOutput<typeof PlaceSchema>;
const PLACE_MIGRATIONS = {
  // 1 → 2: the scene keeps its caption, so a restored game shows it as the played one did.
  1: (old: unknown) => {
    const p = old as { scene?: Record<string, unknown> };
    return { ...p, scene: p.scene && typeof p.scene === 'object' ? { ...p.scene, caption: null } : p.scene };
  },
};

/** A session's save: one versioned slice per part (see src/save/slice.ts). */
export type SessionSave = SavedSlices;

export interface SessionOptions {
  mode?: Mode;
  /** Strict sessions (tests) throw on unknown tags; the game logs them and plays on. */
  strict?: boolean;
  clock?: () => Date;
  /** Assignment setting: false turns hints off in any mode (as in expert). Default true. */
  hints?: boolean;
}

export class CaseSession {
  readonly content: CaseContent;
  readonly record: CourtRecord;
  readonly log: StudentLog;
  readonly backlog = new Backlog();
  readonly hints = new HintLadder();
  private readonly ink: InkDriver;
  private mode: Mode;
  private readonly strict: boolean;
  private readonly hintsOption: boolean;
  private listeners: Array<(e: SessionEvent) => void> = [];

  private phase: View['phase'] = 'line';
  private line: Line | null = null;
  private notice: string | null = null;
  private returnTo: ActivityKind | null = null;
  private pending: { kind: ActivityKind; id: string } | null = null;
  private ending: string | null = null;
  private current: Activity | null = null;
  private graceLeft = 0;
  private questions: string[] = [];
  private scene: SceneState = { background: null, speaker: null, expression: null, music: null, caption: null };
  /** What the activities may use of the session. */
  private readonly host: ActivityHost;

  constructor(content: CaseContent, options: SessionOptions = {}) {
    this.content = content;
    this.mode = options.mode ?? 'standard';
    this.strict = options.strict ?? false;
    this.hintsOption = options.hints ?? true;
    this.record = new CourtRecord(content.record);
    this.log = new StudentLog(options.clock);
    this.ink = new InkDriver(content.storyJson, this.onTagError);
    if (!this.ink.hasVariable('presented')) {
      throw new SessionError(`case "${content.id}" must declare VAR presented = "" (include story/common.ink)`);
    }
    this.graceLeft = Number(metaValue(this.ink.globalCommands, 'grace') ?? 0);
    const session = this;
    this.host = {
      record: this.record,
      log: this.log,
      hints: this.hints,
      get rules() {
        return rulesFor(session.mode);
      },
      get hintsAllowed() {
        return session.hintsAllowed;
      },
      proofs: content.proofs?.proofs ?? {},
      get pointing() {
        return pointingRules(session.mode);
      },
      converse: (path) => this.converse(path),
      setInkVariable: (name, value) => this.ink.setVariable(name, value),
      spendGrace: () => {
        if (this.graceLeft <= 0) return false;
        this.graceLeft -= 1;
        return true;
      },
      setNotice: (text) => {
        this.notice = text;
      },
      changed: () => this.changed(),
      emit: (e) => this.emit(e),
      model: (kind, id, read) => this.ink.model(kind, id, read),
    };
  }

  // ---- events -------------------------------------------------------------------------

  on(listener: (e: SessionEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private emit(e: SessionEvent): void {
    for (const l of this.listeners) l(e);
  }

  private changed(): void {
    this.emit({ type: 'change', view: this.view() });
  }

  private onTagError = (e: TagError): void => {
    if (this.strict) throw e;
    console.warn(`[story] ${e.message}`);
  };

  // ---- reading state --------------------------------------------------------------------

  get currentMode(): Mode {
    return this.mode;
  }

  /** Wrong presents still free under the case's # grace. */
  get graceRemaining(): number {
    return this.graceLeft;
  }

  get hintsAllowed(): boolean {
    return rulesFor(this.mode).hints && this.hintsOption;
  }

  /** Debrief discussion questions seen so far, in order. */
  get debriefQuestions(): readonly string[] {
    return this.questions;
  }

  get sceneState(): SceneState {
    return { ...this.scene };
  }

  /** The last line shown (the choices and the ending keep it on screen). */
  get lastLine(): Line | null {
    return this.line;
  }

  /** The activity in play (also during the conversations it started), or null. */
  get activity(): Activity | null {
    return this.current;
  }

  /** The ink story, for tools that walk it (the story walker, coverage). */
  get story(): Story {
    return this.ink.story;
  }

  crossModel(id: string): CrossModel {
    return this.ink.model('cross', id, readCrossModel);
  }

  deductionModel(id: string): DeductionModel {
    return this.ink.model('deduction', id, readDeductionModel);
  }

  boardModel(id: string): BoardModel {
    return this.ink.model('board', id, readBoardModel);
  }

  /** Every knot of this case whose header makes it an activity of the given kind. */
  activityIds(kind: ActivityKind): string[] {
    return this.ink.knotsTagged(kind);
  }

  /** Every cross-examination knot in this case (header tagged # cross). */
  crossIds(): string[] {
    return this.activityIds('cross');
  }

  view(): View {
    switch (this.phase) {
      case 'line':
        return { phase: 'line', line: this.line!, inCross: this.returnTo !== null };
      case 'choices':
        return { phase: 'choices', line: this.line, choices: this.ink.choices().map((c) => ({ index: c.index, text: c.text })) };
      case 'ended':
        return { phase: 'ended', ending: this.ending ?? 'end' };
      default:
        return this.running(this.phase, `show the ${this.phase}`).view(this.notice);
    }
  }

  // ---- playing --------------------------------------------------------------------------

  private requirePhase(phase: View['phase'], action: string): void {
    if (this.phase !== phase) throw new SessionError(`cannot ${action} now (the game is showing ${this.phase})`);
  }

  private running(kind: 'cross', action: string): CrossExamination;
  private running(kind: 'deduction', action: string): Deduction;
  private running(kind: 'board', action: string): TimelineBoard;
  private running(kind: ActivityKind, action: string): Activity;
  private running(kind: ActivityKind, action: string): Activity {
    this.requirePhase(kind, action);
    if (!this.current || this.current.kind !== kind) throw new SessionError(`no ${kind} is running`);
    return this.current;
  }

  /** Start the case from the top. */
  start(): void {
    this.log.append({ kind: 'case-start', caseId: this.content.id });
    this.pump();
  }

  /** Move past the current line. */
  advance(): void {
    this.requirePhase('line', 'advance');
    this.pump();
  }

  /** While a line is read: read the next one from the story ahead of time (InkDriver.lookAhead),
   *  so that advance() has less to do. Changes nothing anyone can see or save. */
  lookAhead(): void {
    if (this.phase === 'line') this.ink.lookAhead();
  }

  /** The next line is read ahead (for tests and tools). */
  get readAhead(): boolean {
    return this.ink.hasReadAhead;
  }

  choose(index: number): void {
    this.requirePhase('choices', 'choose');
    const choice = this.ink.choices().find((c) => c.index === index);
    if (!choice) throw new SessionError(`there is no choice ${index}`);
    this.log.append({ kind: 'choice', text: choice.text, knot: choice.knot });
    answerSourceCheck(this.line, choice, this.log);
    this.ink.choose(index);
    this.pump();
  }

  // The actions of each activity, here for the screen and the tests; the rules are in the activity.

  /** Step to the next (+1) or previous (-1) statement; the testimony loops. */
  step(direction: 1 | -1): void {
    this.running('cross', 'step through the testimony').step(direction);
  }

  /** Jump straight to a statement (the statement list on screen is clickable). */
  goTo(statementId: string): void {
    this.running('cross', 'choose a statement').goTo(statementId);
  }

  press(): void {
    this.running('cross', 'press').press();
  }

  present(itemId: string): void {
    this.running('cross', 'present evidence').present(itemId);
  }

  /** Pointing: the line (facsimile field key) of the presented document that contradicts the statement. */
  point(field: string): void {
    this.running('cross', 'point to a line').point(field);
  }

  /** Study mode: go on without pointing. */
  skipPoint(): void {
    this.running('cross', 'skip pointing').skipPoint();
  }

  /** The next step of the hint ladder for the contradiction the player is nearest to. */
  hint(): { statement: StatementView; steps: HintStep[] } {
    return this.running('cross', 'ask for a hint').hint();
  }

  /** Hint steps already shown for a statement (the ladder stays visible). */
  hintsShown(crossId: string, statementId: string): HintStep[] {
    const s = this.crossModel(crossId).statements.find((x) => x.id === statementId);
    return s ? this.hints.shown(`${crossId}.${statementId}`, s.hints) : [];
  }

  currentStatement(): Statement {
    if (!(this.current instanceof CrossExamination)) throw new SessionError('no cross-examination is running');
    return this.current.currentStatement();
  }

  /** Combine two court-record items; the right pair is the deduction's conclusion. */
  deduce(a: string, b: string): void {
    this.running('deduction', 'make a deduction').deduce(a, b);
  }

  /** The next hint step of the running deduction. */
  deductionHint(): HintStep[] {
    return this.running('deduction', 'ask for a hint').hint();
  }

  /** Put a card on the timeline board on a day (cell) and in a row (lane); nothing is judged yet. */
  placeCard(cardId: string, cell: number, lane: string): void {
    this.running('board', 'place a card').place(cardId, cell, lane);
  }

  /** Take an unconfirmed card off the board. */
  takeBackCard(cardId: string): void {
    this.running('board', 'take a card back').takeBack(cardId);
  }

  /** "Check the board": confirms a set of right placements (timelineBoard.ts); returns how many. */
  checkBoard(): number {
    return this.running('board', 'check the board').check();
  }

  /** Once every card is confirmed, say what the board shows and go on with the story. */
  finishBoard(): void {
    this.running('board', 'finish the board').finish();
  }

  // ---- coordinating ---------------------------------------------------------------------

  /** Plays a conversation that returns to the running activity when it ends. */
  private converse(path: string): void {
    this.notice = null;
    this.returnTo = this.current?.kind ?? null;
    this.ink.goTo(path);
    this.pump();
  }

  private enter(kind: ActivityKind, id: string): void {
    this.current = ACTIVITIES[kind].enter(this.host, id);
    this.notice = null;
    this.show();
  }

  /** The running activity on screen. A cross-examination clears the caption under the stage. */
  private show(): void {
    const a = this.current!;
    this.phase = a.kind;
    if (a.kind === 'cross') this.scene.caption = null;
    this.changed();
  }

  /** Back from a conversation: the activity stays, or it is over and the story goes on. */
  private resumeActivity(): void {
    const r = this.current!.resume();
    if (!r.done) return this.show();
    this.current = null;
    this.notice = null;
    this.ink.goTo(r.after);
    this.pump();
  }

  private apply(commands: Command[]): void {
    // A new speaker starts neutral unless the line says otherwise.
    if (commands.some((c) => c.type === 'speaker') && !commands.some((c) => c.type === 'expression')) this.scene.expression = null;
    const state: CommandState = {
      scene: this.scene,
      record: this.record,
      activity: this.current,
      requestActivity: (kind, id) => {
        this.pending = { kind, id };
      },
      end: (id) => {
        this.ending = id;
      },
    };
    for (const c of commands) {
      applyCommand(state, c);
      this.emit({ type: 'command', command: c });
    }
  }

  private pump(): void {
    const next = this.ink.next((commands) => this.apply(commands));
    if (next) {
      const { text, commands } = next;
      if (hasMeta(commands, 'question') && !this.questions.includes(text)) this.questions.push(text);
      const cite = commands.find((c) => c.type === 'cite');
      this.line = {
        text,
        speaker: this.lineSpeaker(commands),
        expression: this.scene.expression,
        cite: cite && cite.type === 'cite' ? cite.cite : null,
        commands,
      };
      this.phase = 'line';
      const dramatized = commands.find((c) => c.type === 'dramatized');
      this.backlog.push({ speaker: this.line.speaker, text, ...(dramatized && dramatized.type === 'dramatized' ? { dramatized: dramatized.note } : {}) });
      return this.changed();
    }
    if (this.ink.choices().length > 0) {
      this.phase = 'choices';
      return this.changed();
    }
    if (this.pending) {
      const { kind, id } = this.pending;
      this.pending = null;
      this.returnTo = null;
      return this.enter(kind, id);
    }
    if (this.returnTo) {
      this.returnTo = null;
      if (this.current) return this.resumeActivity();
    }
    if (this.ending) {
      this.phase = 'ended';
      this.log.append({ kind: 'case-end', caseId: this.content.id });
      return this.changed();
    }
    throw new SessionError(`dead end: the story stopped with no choice, no cross-examination and no ending (after "${this.line?.text ?? ''}")`);
  }

  /** Narration is unattributed: each line names its speaker or is the narrator's. */
  private lineSpeaker(commands: Command[]): string | null {
    const s = commands.find((c) => c.type === 'speaker');
    if (s && s.type === 'speaker') return s.id === 'narrator' ? null : s.id;
    return null;
  }

  // ---- saving ---------------------------------------------------------------------------

  /** Activity slices read from a save, restored once every part is loaded. */
  private restoring: Partial<Record<ActivityKind, unknown>> = {};

  /** Every part that saves, each its own slice. */
  private parts(): Array<Saveable<unknown>> {
    const place = slice<Place>({
      key: 'session', version: 2, schema: PlaceSchema, migrations: PLACE_MIGRATIONS,
      get: () => ({
        mode: this.mode, phase: this.phase, line: this.line ? structuredClone(this.line) : null, notice: this.notice, returnTo: this.returnTo,
        pending: this.pending ? { ...this.pending } : null, ending: this.ending, graceLeft: this.graceLeft, scene: { ...this.scene }, questions: [...this.questions],
      }),
      set: (p) => {
        this.mode = p.mode;
        this.phase = p.phase;
        this.line = p.line;
        this.notice = p.notice;
        this.returnTo = p.returnTo;
        this.pending = p.pending;
        this.ending = p.ending;
        this.graceLeft = p.graceLeft;
        this.scene = p.scene;
        this.questions = p.questions;
      },
    });
    // One slice per kind of activity: the running one's state, null for the others.
    const activities = ACTIVITY_KINDS.map((kind) => {
      const type = ACTIVITIES[kind] as ActivityType<unknown>;
      const nullable = (f: (old: unknown) => unknown) => (old: unknown) => (old === null ? null : f(old));
      return slice<unknown>({
        key: kind,
        version: type.slice.version,
        schema: v.nullable(type.slice.schema),
        migrations: Object.fromEntries(Object.entries(type.slice.migrations ?? {}).map(([n, f]) => [n, nullable(f)])),
        get: () => (this.current?.kind === kind ? this.current.save() : null),
        set: (state) => {
          if (state !== null) this.restoring[kind] = state;
        },
      });
    });
    return [place, this.ink, this.hints, ...activities, this.record, this.log, this.backlog] as Array<Saveable<unknown>>;
  }

  save(): SessionSave {
    return saveSlices(this.parts());
  }

  /** Only the named slices of a save: the story walker tells branch points apart by the
   *  activity and the record, without writing out the whole story state for each action. */
  saveOnly(keys: readonly string[]): SessionSave {
    return saveSlices(this.parts().filter((p) => keys.includes(p.key)));
  }

  /** Restores a save. A damaged one throws SaveDataError and leaves the session unusable:
   *  load into a fresh session (see SaveStore.restore in src/save/saveGame.ts).
   *  `checked`: this save was loaded before and not changed since (see loadSlices). */
  load(s: SessionSave, opts: { checked?: boolean } = {}): void {
    // An activity saved in an older shape of its slice (the timeline board before confirmation
    // in sets): its progress cannot be carried over, so the game continues at the start of that
    // activity, as after a content update, keeping everything else.
    const older = ACTIVITY_KINDS.find((k) => {
      const stored = (s as Record<string, { v?: unknown; data?: unknown } | undefined>)[k];
      return stored && typeof stored.v === 'number' && stored.v < ACTIVITIES[k].slice.version && stored.data !== null;
    });
    if (older) {
      if (this.adoptOlder(s, 'The game was updated since your game was saved') === null) throw new SaveDataError(`the ${older} in the save is no longer in this case`);
      this.emit({ type: 'restored', scene: this.sceneState });
      this.changed();
      return;
    }
    try {
      this.restoring = {};
      loadSlices(this.parts(), s, opts);
      // The activity that was running: the one on screen, or the one a conversation returns to.
      const kind = ([this.phase, this.returnTo, ...ACTIVITY_KINDS] as Array<string | null>).find(
        (k): k is ActivityKind => k !== null && k in this.restoring,
      );
      this.current = kind ? ACTIVITIES[kind].restore(this.host, this.restoring[kind] as never) : null;
      this.restoring = {};
      if ((ACTIVITY_KINDS as readonly string[]).includes(this.phase) && this.current?.kind !== this.phase) throw new SaveDataError(`the save shows a ${this.phase} but holds none`);
      if (this.phase === 'line' && !this.line && this.log.all().length) throw new SaveDataError('the save shows a line but holds none');
      this.view();
    } catch (e) {
      if (e instanceof SaveDataError) throw e;
      throw new SaveDataError(`the save does not fit this case: ${(e as Error).message}`);
    }
    this.emit({ type: 'restored', scene: this.sceneState });
    this.changed();
  }

  /** A save from an earlier version of this case (its content changed since: a typo fixed, a
   *  line rewritten). The story position cannot be trusted, so the game continues at the start
   *  of the activity the save was in, or the nearest earlier one that still exists, keeping the
   *  court record, the log, the backlog, the hints, the mode and the marks. Returns the title of
   *  the activity it continues at, or null when nothing in the save matches the case (then the
   *  case starts again). Throws SaveDataError for a damaged save. */
  adoptOlder(s: SessionSave, because = 'This case was updated since your game was saved'): string | null {
    const parsed = v.safeParse(SavedSlicesSchema, s);
    if (!parsed.success) throw new SaveDataError('the save holds no readable parts');
    const slices = parsed.output;
    const parts = this.parts();
    const part = (key: string) => parts.find((p) => p.key === key)!;
    const place = readSlice(part('session'), slices) as Place;
    const log = readSlice(this.log, slices);
    const states: Partial<Record<ActivityKind, { id: string }>> = {};
    for (const kind of ACTIVITY_KINDS) {
      const state = readSlice(part(kind), slices) as { id: string } | null;
      if (state) states[kind] = state;
    }
    // The activity it was in, then every earlier one, newest first.
    const candidates: Array<{ kind: ActivityKind; id: string }> = [];
    for (const kind of [place.phase, place.returnTo]) {
      const st = kind && kind in states ? states[kind as ActivityKind] : undefined;
      if (st) candidates.push({ kind: kind as ActivityKind, id: st.id });
    }
    for (const e of [...log].reverse()) {
      if (e.kind === 'cross-start') candidates.push({ kind: 'cross', id: e.cross });
      if (e.kind === 'deduction-start') candidates.push({ kind: 'deduction', id: e.id });
      if (e.kind === 'board-start') candidates.push({ kind: 'board', id: e.id });
    }
    const target = candidates.find((c) => this.activityIds(c.kind).includes(c.id));
    if (!target) return null;

    // What the player has gathered is kept, as far as this version of the case still has it.
    const record = readSlice(this.record, slices);
    const known = (id: string) => this.record.knows(id);
    this.record.load({
      held: record.held.filter(known),
      unseen: record.unseen.filter(known),
      versions: Object.fromEntries(Object.entries(record.versions).filter(([id, ver]) => known(id) && this.record.entry(id).versions?.[ver])),
    });
    this.log.load(log);
    this.backlog.load(readSlice(this.backlog, slices));
    this.hints.load(readSlice(this.hints, slices));
    this.mode = place.mode;
    this.graceLeft = place.graceLeft;
    this.questions = place.questions;
    this.scene = place.scene;
    this.copyInkVariables(readSlice(this.ink, slices));

    // From the top of the activity's knot, as when the story first reached it.
    this.ink.goTo(target.id);
    this.pending = null;
    this.returnTo = null;
    this.ending = null;
    this.current = null;
    this.ink.next((commands) => this.apply(commands));
    const pending = this.pending as { kind: ActivityKind; id: string } | null;
    if (!pending) throw new SaveDataError(`"${target.id}" no longer starts an activity`);
    const { kind, id } = pending;
    this.pending = null;
    const activity = ACTIVITIES[kind].enter(this.host, id);
    this.current = activity;
    const old = states[kind];
    if (activity instanceof CrossExamination && old?.id === id) activity.keepMarks((old as unknown as { marks: number }).marks);
    const title = (activity.view(null) as { cross?: { title: string }; deduction?: { title: string }; board?: { title: string } });
    const name = title.cross?.title ?? title.deduction?.title ?? title.board?.title ?? id;
    this.notice = `${because}, so you continue at the start of "${name}". Your court record, notes and marks are kept.`;
    this.phase = kind;
    if (kind === 'cross') this.scene.caption = null;
    return name;
  }

  /** The story's variables as the older save had them, where this version has them too. */
  private copyInkVariables(oldInkJson: string): void {
    let vars: Record<string, unknown> = {};
    try {
      vars = (JSON.parse(oldInkJson) as { variablesState?: Record<string, unknown> }).variablesState ?? {};
    } catch {
      return;
    }
    for (const [name, value] of Object.entries(vars)) {
      if (!this.ink.hasVariable(name)) continue;
      const plain = typeof value === 'number' || typeof value === 'boolean' ? value : value && typeof value === 'object' && typeof (value as { '^'?: unknown })['^'] === 'string' ? (value as { '^': string })['^'] : undefined;
      if (plain === undefined) continue;
      try {
        this.ink.setVariable(name, plain as string);
      } catch {
        /* a variable whose type changed keeps the new story's value */
      }
    }
  }
}
