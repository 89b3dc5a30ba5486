// The story core: one case in play. It wraps the ink story and owns every part of the
// game state a player can see (court record, cross-examination, credibility, hints, log).
// It knows nothing of the browser: the stage and the HTML layer listen to its events,
// and tests drive it directly in Node.
import { Story } from 'inkjs';
import { CourtRecord, type RecordData } from './courtRecord';
import { readCrossModel, type CrossModel, type HintStep, type Statement } from './crossExamination';
import { pairOf, readDeductionModel, samePair, type DeductionModel } from './deduction';
import { boardConflicts, readBoardModel, type BoardConflict, type BoardModel, type Certainty } from './timelineBoard';
import { MAX_MARKS, MODES, rulesFor, type Mode } from './modes';
import { StudentLog } from './studentLog';
import { Backlog } from './backlog';
import { CommandSchema, hasMeta, metaValue, parseTags, TagError, type Command } from './tags';
import * as v from 'valibot';
import { loadSlices, saveSlices, slice, SaveDataError, type Saveable, type SavedSlices } from '../save/slice';
import { knotNames } from './inkStory';
import type { ProofsData } from './proofs';

export interface CaseContent {
  id: string;
  title: string;
  /** Compiled ink JSON (from the Vite ink plugin or tools/inkCompile). */
  storyJson: string;
  record: RecordData;
  /** story/<case>/proofs.json: why each contradiction holds (absent while a case has none). */
  proofs?: ProofsData;
}

export interface Line {
  text: string;
  speaker: string | null;
  expression: string | null;
  cite: string | null;
  commands: Command[];
}

export interface ChoiceView {
  index: number;
  text: string;
}

export interface StatementView {
  id: string;
  number: number;
  text: string;
  speaker: string | null;
  cite: string | null;
  solved: boolean;
  pressed: boolean;
}

export interface CrossView {
  id: string;
  title: string;
  witness: string;
  place: string | null;
  statements: StatementView[];
  current: number;
  marks: number;
  maxMarks: number;
  hintsAllowed: boolean;
  contradictionsLeft: number;
  /** Transcript testimony: the statements are pages of this record item, read into the hearing. */
  transcript: { item: string; title: string } | null;
}

export interface DeductionView {
  id: string;
  title: string;
  prompt: string;
  hintsAllowed: boolean;
  hints: HintStep[];
}

export interface BoardCardView {
  id: string;
  text: string;
  lane: string;
  certainty: Certainty;
  cite: string | null;
  fixed: boolean;
  /** Where the card sits once placed (or fixed): cell indexes. */
  at: { from: number; to: number } | null;
}

export interface BoardView {
  id: string;
  title: string;
  cells: Array<{ key: string; label: string }>;
  lanes: Array<{ key: string; label: string }>;
  cards: BoardCardView[];
  conflicts: BoardConflict[];
  complete: boolean;
}

export type ActivityKind = 'cross' | 'deduction' | 'board';

export type View =
  | { phase: 'line'; line: Line; inCross: boolean }
  | { phase: 'choices'; line: Line | null; choices: ChoiceView[] }
  | { phase: 'cross'; cross: CrossView; notice: string | null }
  | { phase: 'deduction'; deduction: DeductionView; notice: string | null }
  | { phase: 'board'; board: BoardView; notice: string | null }
  | { phase: 'ended'; ending: string };

/** What the stage needs to redraw the scene after a reload. */
export interface SceneState {
  background: string | null;
  speaker: string | null;
  expression: string | null;
  music: string | null;
}

const str = v.string();
const CrossStateSchema = v.object({
  id: str,
  current: str,
  solved: v.array(str),
  pressed: v.array(str),
  revealed: v.array(str),
  marks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MARKS)),
  presentedThisPass: v.boolean(),
});
type CrossState = v.InferOutput<typeof CrossStateSchema>;
const DeductionStateSchema = v.object({ id: str, solved: v.boolean() });
type DeductionState = v.InferOutput<typeof DeductionStateSchema>;
const BoardStateSchema = v.object({ id: str, placed: v.array(str) });
type BoardState = v.InferOutput<typeof BoardStateSchema>;

const ACTIVITY_KINDS = ['cross', 'deduction', 'board'] as const;
const LineSchema = v.object({ text: str, speaker: v.nullable(str), expression: v.nullable(str), cite: v.nullable(str), commands: v.array(CommandSchema) });
const SceneSchema = v.object({ background: v.nullable(str), speaker: v.nullable(str), expression: v.nullable(str), music: v.nullable(str) });
/** The coordinator's own slice: where in the case the player is. */
const PlaceSchema = v.object({
  mode: v.picklist(MODES),
  phase: v.picklist(['line', 'choices', 'cross', 'deduction', 'board', 'ended']),
  line: v.nullable(LineSchema),
  notice: v.nullable(str),
  /** The activity a conversation returns to when it ends (a press, a present, a deduction's answer). */
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

/** A session's save: one versioned slice per part (see src/save/slice.ts). */
export type SessionSave = SavedSlices;

export class SessionError extends Error {
  name = 'SessionError';
}

export type SessionEvent =
  | { type: 'command'; command: Command }
  | { type: 'change'; view: View }
  | { type: 'wrong-present'; item: string; marksLeft: number; markLost: boolean }
  | { type: 'restart'; cross: string }
  | { type: 'restored'; scene: SceneState };

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
  private story: Story;
  private mode: Mode;
  private readonly strict: boolean;
  private readonly hintsOption: boolean;
  private questions: string[] = [];
  private listeners: Array<(e: SessionEvent) => void> = [];
  private models = new Map<string, CrossModel>();
  private deductionModels = new Map<string, DeductionModel>();
  private boardModels = new Map<string, BoardModel>();

  private phase: View['phase'] = 'line';
  private line: Line | null = null;
  private notice: string | null = null;
  private returnTo: ActivityKind | null = null;
  private pending: { kind: ActivityKind; id: string } | null = null;
  private ending: string | null = null;
  private cross: CrossState | null = null;
  private deduction: DeductionState | null = null;
  private board: BoardState | null = null;
  private hints: Record<string, number> = {};
  private graceLeft = 0;
  private scene: SceneState = { background: null, speaker: null, expression: null, music: null };

  constructor(content: CaseContent, options: SessionOptions = {}) {
    this.content = content;
    this.mode = options.mode ?? 'standard';
    this.strict = options.strict ?? false;
    this.hintsOption = options.hints ?? true;
    this.record = new CourtRecord(content.record);
    this.log = new StudentLog(options.clock);
    this.story = new Story(content.storyJson);
    this.story.onError = (message: string) => {
      throw new SessionError(`ink: ${message}`);
    };
    if (!this.story.variablesState.GlobalVariableExistsWithName('presented')) {
      throw new SessionError(`case "${content.id}" must declare VAR presented = "" (include story/common.ink)`);
    }
    this.graceLeft = Number(metaValue(parseTags(this.story.globalTags ?? [], this.onTagError), 'grace') ?? 0);
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

  /** Activities as read from ink, cached because they never change in play. */
  private cached<M>(cache: Map<string, M>, id: string, read: (story: Story, id: string, onTagError: (e: TagError) => void) => M): M {
    let m = cache.get(id);
    if (!m) {
      m = read(this.story, id, this.onTagError);
      cache.set(id, m);
    }
    return m;
  }

  crossModel(id: string): CrossModel {
    return this.cached(this.models, id, readCrossModel);
  }

  deductionModel(id: string): DeductionModel {
    return this.cached(this.deductionModels, id, readDeductionModel);
  }

  boardModel(id: string): BoardModel {
    return this.cached(this.boardModels, id, readBoardModel);
  }

  /** Every knot of this case whose header makes it an activity of the given kind. */
  activityIds(kind: ActivityKind): string[] {
    const tag = new RegExp(`^\\s*${kind}\\s*:`);
    return knotNames(this.story).filter((k) => (this.story.TagsForContentAtPath(k) ?? []).some((t) => tag.test(t)));
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
        return {
          phase: 'choices',
          line: this.line,
          choices: this.story.currentChoices.map((c) => ({ index: c.index, text: c.text })),
        };
      case 'cross':
        return { phase: 'cross', cross: this.crossView(), notice: this.notice };
      case 'deduction':
        return { phase: 'deduction', deduction: this.deductionView(), notice: this.notice };
      case 'board':
        return { phase: 'board', board: this.boardView(), notice: this.notice };
      case 'ended':
        return { phase: 'ended', ending: this.ending ?? 'end' };
    }
  }

  private visibleStatements(model: CrossModel, st: CrossState): Statement[] {
    return model.statements.filter((s) => !s.hidden || st.revealed.includes(s.id));
  }

  private crossView(): CrossView {
    const st = this.requireCross();
    const model = this.crossModel(st.id);
    const visible = this.visibleStatements(model, st);
    return {
      id: model.id,
      title: model.title,
      witness: model.witness,
      place: model.place,
      statements: visible.map((s, i) => ({
        id: s.id,
        number: i + 1,
        text: s.text,
        speaker: s.speaker,
        cite: s.cite,
        solved: st.solved.includes(s.id),
        pressed: st.pressed.includes(s.id),
      })),
      current: Math.max(0, visible.findIndex((s) => s.id === st.current)),
      marks: st.marks,
      maxMarks: MAX_MARKS,
      hintsAllowed: this.hintsAllowed,
      contradictionsLeft: model.statements.filter((s) => s.answers.length && !st.solved.includes(s.id)).length,
      transcript: model.transcript && this.record.knows(model.transcript) ? { item: model.transcript, title: this.record.entry(model.transcript).title } : null,
    };
  }

  private deductionView(): DeductionView {
    const st = this.requireActivity(this.deduction, 'deduction');
    const m = this.deductionModel(st.id);
    return { id: m.id, title: m.title, prompt: m.prompt, hintsAllowed: this.hintsAllowed, hints: m.hints.slice(0, this.hints[`${m.id}.deduction`] ?? 0) };
  }

  private boardView(): BoardView {
    const st = this.requireActivity(this.board, 'timeline board');
    const m = this.boardModel(st.id);
    const placed = new Set(st.placed);
    const complete = m.cards.every((c) => c.fixed || placed.has(c.id));
    return {
      id: m.id,
      title: m.title,
      cells: m.cells,
      lanes: m.lanes,
      cards: m.cards.map((c) => ({
        id: c.id, text: c.text, lane: c.lane, certainty: c.certainty, cite: c.cite, fixed: c.fixed,
        at: c.fixed || placed.has(c.id) ? { from: c.from, to: c.to } : null,
      })),
      // The clash is shown once the board is complete, when the player can see why.
      conflicts: complete ? boardConflicts(m, placed) : [],
      complete,
    };
  }

  private requireActivity<T>(state: T | null, what: string): T {
    if (!state) throw new SessionError(`no ${what} is running`);
    return state;
  }

  private requireCross(): CrossState {
    if (!this.cross) throw new SessionError('no cross-examination is running');
    return this.cross;
  }

  private requirePhase(phase: View['phase'], action: string): void {
    if (this.phase !== phase) throw new SessionError(`cannot ${action} now (the game is showing ${this.phase})`);
  }

  // ---- playing --------------------------------------------------------------------------

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

  choose(index: number): void {
    this.requirePhase('choices', 'choose');
    const choice = this.story.currentChoices.find((c) => c.index === index);
    if (!choice) throw new SessionError(`there is no choice ${index}`);
    this.log.append({ kind: 'choice', text: choice.text, knot: choice.sourcePath?.split('.')[0] ?? '' });
    const check = this.line?.commands.find((c) => c.type === 'source-check');
    if (check && check.type === 'source-check') {
      const best = parseTags(choice.tags ?? [], this.onTagError).some((c) => c.type === 'meta' && c.key === 'best');
      this.log.append({ kind: 'source-check', item: check.item, prompt: check.prompt, answer: choice.text, best });
    }
    this.story.ChooseChoiceIndex(index);
    this.pump();
  }

  /** Step to the next (+1) or previous (-1) statement; the testimony loops. */
  step(direction: 1 | -1): void {
    this.requirePhase('cross', 'step through the testimony');
    const st = this.requireCross();
    const visible = this.visibleStatements(this.crossModel(st.id), st);
    const at = Math.max(0, visible.findIndex((s) => s.id === st.current));
    const next = at + direction;
    this.notice = null;
    if (next >= visible.length) {
      this.notice = 'The testimony begins again from the first statement.';
      if (rulesFor(this.mode).penaliseIdlePass && !st.presentedThisPass) {
        st.marks = Math.max(0, st.marks - 1);
        this.notice = 'You let the whole testimony pass without presenting anything: one mark lost. It begins again.';
        if (st.marks === 0) return this.restartCross();
      }
      st.presentedThisPass = false;
    }
    st.current = visible[(next + visible.length) % visible.length].id;
    this.changed();
  }

  /** Jump straight to a statement (the statement list on screen is clickable). */
  goTo(statementId: string): void {
    this.requirePhase('cross', 'choose a statement');
    const st = this.requireCross();
    const visible = this.visibleStatements(this.crossModel(st.id), st);
    if (!visible.some((s) => s.id === statementId)) throw new SessionError(`no visible statement "${statementId}"`);
    st.current = statementId;
    this.notice = null;
    this.changed();
  }

  press(): void {
    this.requirePhase('cross', 'press');
    const st = this.requireCross();
    const statement = this.currentStatement();
    this.log.append({ kind: 'press', cross: st.id, statement: statement.id });
    if (!st.pressed.includes(statement.id)) st.pressed.push(statement.id);
    this.runInCross(`${st.id}.${statement.id}_press`);
  }

  present(itemId: string): void {
    this.requirePhase('cross', 'present evidence');
    const st = this.requireCross();
    if (!this.record.has(itemId)) throw new SessionError(`"${itemId}" is not in the court record`);
    const statement = this.currentStatement();
    st.presentedThisPass = true;
    this.story.variablesState['presented'] = itemId;
    if (st.solved.includes(statement.id)) {
      this.notice = 'You have already exposed this statement. Try another one.';
      return this.changed();
    }
    if (statement.answers.includes(itemId)) {
      st.solved.push(statement.id);
      this.log.append({ kind: 'present', cross: st.id, statement: statement.id, item: itemId, correct: true, marksLeft: st.marks });
      return this.runInCross(`${st.id}.${statement.id}_right`);
    }
    const rules = rulesFor(this.mode);
    let markLost = false;
    if (!rules.losesMarks) {
      // Study mode: feedback only.
    } else if (this.graceLeft > 0) {
      this.graceLeft -= 1;
    } else {
      st.marks = Math.max(0, st.marks - 1);
      markLost = true;
    }
    this.log.append({ kind: 'present', cross: st.id, statement: statement.id, item: itemId, correct: false, marksLeft: st.marks });
    this.emit({ type: 'wrong-present', item: itemId, marksLeft: st.marks, markLost });
    const specific = statement.wrongs.find((w) => w.items.includes(itemId));
    this.runInCross(`${st.id}.${specific ? specific.stitch : 'wrong'}`);
  }

  /** Combine two court-record items; the right pair is the deduction's conclusion. */
  deduce(a: string, b: string): void {
    this.requirePhase('deduction', 'make a deduction');
    const st = this.requireActivity(this.deduction, 'deduction');
    for (const id of [a, b]) if (!this.record.has(id)) throw new SessionError(`"${id}" is not in the court record`);
    if (a === b) throw new SessionError('a deduction combines two different items');
    const m = this.deductionModel(st.id);
    const pair = pairOf(a, b);
    const correct = m.right.some((r) => samePair(r, pair));
    this.log.append({ kind: 'deduction', deduction: st.id, items: pair, correct });
    if (correct) st.solved = true;
    const specific = m.wrongs.find((w) => w.pairs.some((p) => samePair(p, pair)));
    this.runIn('deduction', `${st.id}.${correct ? 'right' : specific ? specific.stitch : 'wrong'}`);
  }

  /** Put a card on the timeline board at a cell; it stays only where the record dates it. */
  placeCard(cardId: string, cell: number): boolean {
    this.requirePhase('board', 'place a card');
    const st = this.requireActivity(this.board, 'timeline board');
    const m = this.boardModel(st.id);
    const card = m.cards.find((c) => c.id === cardId);
    if (!card) throw new SessionError(`no card "${cardId}" on this board`);
    if (cell < 0 || cell >= m.cells.length) throw new SessionError(`no cell ${cell} on this board`);
    if (card.fixed || st.placed.includes(cardId)) return true;
    const correct = cell >= card.from && cell <= card.to;
    this.log.append({ kind: 'board-place', board: st.id, card: cardId, cell: m.cells[cell].key, correct });
    if (correct) {
      st.placed.push(cardId);
      this.notice = null;
    } else {
      this.notice = `The record does not put this card on ${m.cells[cell].label}. Read its source again.`;
    }
    this.changed();
    return correct;
  }

  /** Once every card is placed, say what the board shows and go on with the story. */
  finishBoard(): void {
    this.requirePhase('board', 'finish the board');
    const view = this.boardView();
    if (!view.complete) throw new SessionError('place every card before finishing the board');
    const st = this.requireActivity(this.board, 'timeline board');
    this.log.append({ kind: 'board-complete', board: st.id, conflicts: view.conflicts.length });
    this.runIn('board', `${st.id}.done`);
  }

  /** The next hint step of the running deduction. */
  deductionHint(): HintStep[] {
    this.requirePhase('deduction', 'ask for a hint');
    if (!this.hintsAllowed) throw new SessionError(`no hints in ${this.mode} mode`);
    const st = this.requireActivity(this.deduction, 'deduction');
    const m = this.deductionModel(st.id);
    const key = `${st.id}.deduction`;
    this.hints[key] = Math.min(m.hints.length, (this.hints[key] ?? 0) + 1);
    this.log.append({ kind: 'hint', cross: st.id, statement: 'deduction', step: this.hints[key] });
    this.changed();
    return m.hints.slice(0, this.hints[key]);
  }

  /** The next step of the hint ladder for the contradiction the player is nearest to. */
  hint(): { statement: StatementView; steps: HintStep[] } {
    this.requirePhase('cross', 'ask for a hint');
    if (!rulesFor(this.mode).hints) throw new SessionError(`no hints in ${this.mode} mode`);
    if (!this.hintsOption) throw new SessionError('hints are turned off for this assignment');
    const st = this.requireCross();
    const model = this.crossModel(st.id);
    const visible = this.visibleStatements(model, st);
    const open = (s: Statement) => s.answers.length > 0 && !st.solved.includes(s.id) && s.hints.length > 0;
    const target = [this.currentStatement(), ...visible].find(open);
    if (!target) throw new SessionError('no contradiction is left to hint at here');
    const key = `${st.id}.${target.id}`;
    const step = Math.min(target.hints.length, (this.hints[key] ?? 0) + 1);
    this.hints[key] = step;
    this.log.append({ kind: 'hint', cross: st.id, statement: target.id, step });
    const view = this.crossView().statements.find((s) => s.id === target.id)!;
    this.changed();
    return { statement: view, steps: target.hints.slice(0, step) };
  }

  /** Hint steps already revealed for a statement (the ladder stays visible). */
  hintsShown(crossId: string, statementId: string): HintStep[] {
    const n = this.hints[`${crossId}.${statementId}`] ?? 0;
    return this.crossModel(crossId).statements.find((s) => s.id === statementId)?.hints.slice(0, n) ?? [];
  }

  currentStatement(): Statement {
    const st = this.requireCross();
    const s = this.crossModel(st.id).statements.find((x) => x.id === st.current);
    if (!s) throw new SessionError(`statement "${st.current}" not found`);
    return s;
  }

  // ---- internals ------------------------------------------------------------------------

  private runInCross(path: string): void {
    this.runIn('cross', path);
  }

  /** Runs a conversation that returns to the running activity when it ends. */
  private runIn(kind: ActivityKind, path: string): void {
    this.notice = null;
    this.returnTo = kind;
    this.story.ChoosePathString(path);
    this.pump();
  }

  private enter(kind: ActivityKind, id: string): void {
    if (kind === 'cross') return this.enterCross(id);
    this.notice = null;
    if (kind === 'deduction') {
      this.deductionModel(id);
      this.deduction = { id, solved: false };
    } else {
      this.boardModel(id);
      this.board = { id, placed: [] };
    }
    this.phase = kind;
    this.log.append({ kind: `${kind}-start`, id } as never);
    this.changed();
  }

  private resume(kind: ActivityKind): void {
    if (kind === 'cross') return this.resumeCross();
    if (kind === 'deduction') {
      const st = this.requireActivity(this.deduction, 'deduction');
      if (!st.solved) {
        this.phase = 'deduction';
        return this.changed();
      }
      this.deduction = null;
      this.story.ChoosePathString(this.deductionModel(st.id).after);
      return this.pump();
    }
    const st = this.requireActivity(this.board, 'timeline board');
    this.board = null;
    this.story.ChoosePathString(this.boardModel(st.id).after);
    return this.pump();
  }

  private enterCross(id: string): void {
    const model = this.crossModel(id);
    const first = model.statements.find((s) => !s.hidden)!;
    this.cross = { id, current: first.id, solved: [], pressed: [], revealed: [], marks: MAX_MARKS, presentedThisPass: false };
    this.notice = null;
    this.phase = 'cross';
    this.log.append({ kind: 'cross-start', cross: id });
    this.changed();
  }

  private restartCross(): void {
    const st = this.requireCross();
    const model = this.crossModel(st.id);
    this.cross = {
      id: st.id, current: model.statements.find((s) => !s.hidden)!.id,
      solved: [], pressed: st.pressed, revealed: [], marks: MAX_MARKS, presentedThisPass: false,
    };
    this.notice = 'Your credibility ran out. The cross-examination starts again from the first statement; your court record and notes are kept.';
    this.phase = 'cross';
    this.log.append({ kind: 'cross-restart', cross: st.id });
    this.emit({ type: 'restart', cross: st.id });
    this.changed();
  }

  /** Back from a press or present conversation. */
  private resumeCross(): void {
    const st = this.requireCross();
    const model = this.crossModel(st.id);
    if (model.statements.every((s) => !s.answers.length || st.solved.includes(s.id))) {
      this.log.append({ kind: 'cross-solved', cross: st.id });
      this.cross = null;
      this.notice = null;
      this.story.ChoosePathString(model.after);
      return this.pump();
    }
    if (st.marks === 0) return this.restartCross();
    this.phase = 'cross';
    this.changed();
  }

  private apply(cmds: Command[]): void {
    for (const c of cmds) {
      switch (c.type) {
        case 'speaker':
          this.scene.speaker = c.id;
          break;
        case 'expression':
          this.scene.expression = c.name;
          break;
        case 'background':
          this.scene.background = c.id;
          break;
        case 'music':
          this.scene.music = c.id === 'stop' ? null : c.id;
          break;
        case 'evidence-added':
          this.record.add(c.id);
          break;
        case 'evidence-updated':
          this.record.update(c.id, c.version);
          break;
        case 'credibility':
          if (this.cross) this.cross.marks = Math.max(0, Math.min(MAX_MARKS, this.cross.marks + c.delta));
          break;
        case 'cross':
        case 'deduction':
        case 'board':
          this.pending = { kind: c.type, id: c.id };
          break;
        case 'reveal':
          if (this.cross && !this.cross.revealed.includes(c.statement)) this.cross.revealed.push(c.statement);
          break;
        case 'ending':
          this.ending = c.id;
          break;
        default:
          break;
      }
      this.emit({ type: 'command', command: c });
    }
  }

  private pump(): void {
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      const commands = parseTags(this.story.currentTags ?? [], this.onTagError);
      // A new speaker starts neutral unless the line says otherwise.
      if (commands.some((c) => c.type === 'speaker') && !commands.some((c) => c.type === 'expression')) this.scene.expression = null;
      this.apply(commands);
      if (!text) continue;
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
      this.backlog.push({ speaker: this.line.speaker, text });
      return this.changed();
    }
    if (this.story.currentChoices.length > 0) {
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
      const kind = this.returnTo;
      this.returnTo = null;
      return this.resume(kind);
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

  /** Every part that saves, each its own slice. */
  private parts(): Array<Saveable<unknown>> {
    const nullable = <T>(schema: v.GenericSchema<unknown, T>) => v.nullable(schema);
    return [
      slice<Place>({
        key: 'session', version: 1, schema: PlaceSchema,
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
      }),
      slice<string>({ key: 'ink', version: 1, schema: v.string(), get: () => this.story.state.toJson(), set: (json) => this.story.state.LoadJson(json) }),
      slice<Record<string, number>>({
        key: 'hints', version: 1, schema: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
        get: () => ({ ...this.hints }), set: (h) => (this.hints = h),
      }),
      slice<CrossState | null>({ key: 'cross', version: 1, schema: nullable(CrossStateSchema), get: () => (this.cross ? structuredClone(this.cross) : null), set: (c) => (this.cross = c) }),
      slice<DeductionState | null>({ key: 'deduction', version: 1, schema: nullable(DeductionStateSchema), get: () => (this.deduction ? { ...this.deduction } : null), set: (d) => (this.deduction = d) }),
      slice<BoardState | null>({ key: 'board', version: 1, schema: nullable(BoardStateSchema), get: () => (this.board ? structuredClone(this.board) : null), set: (b) => (this.board = b) }),
      this.record as Saveable<unknown>,
      this.log as Saveable<unknown>,
      this.backlog as Saveable<unknown>,
    ];
  }

  save(): SessionSave {
    return saveSlices(this.parts());
  }

  /** Restores a save. A damaged one throws SaveDataError and leaves the session unusable:
   *  load into a fresh session (see restoreSession in src/save/saveGame.ts). */
  load(s: SessionSave): void {
    try {
      loadSlices(this.parts(), s);
      // The parts must also fit this case: its activities, statements and record items.
      if (this.cross) {
        const m = this.crossModel(this.cross.id);
        if (!m.statements.some((x) => x.id === this.cross!.current)) throw new SaveDataError(`no statement "${this.cross.current}" in ${m.id}`);
      }
      if (this.deduction) this.deductionModel(this.deduction.id);
      if (this.board) this.boardModel(this.board.id);
      this.view();
    } catch (e) {
      if (e instanceof SaveDataError) throw e;
      throw new SaveDataError(`the save does not fit this case: ${(e as Error).message}`);
    }
    this.emit({ type: 'restored', scene: this.sceneState });
    this.changed();
  }
}
