// The story core: one case in play. It wraps the ink story and owns every part of the
// game state a player can see (court record, cross-examination, credibility, hints, log).
// It knows nothing of the browser: the stage and the HTML layer listen to its events,
// and tests drive it directly in Node.
import { Story } from 'inkjs';
import { CourtRecord, type CourtRecordSave, type RecordData } from './courtRecord';
import { readCrossModel, type CrossModel, type HintStep, type Statement } from './crossExamination';
import { MAX_MARKS, rulesFor, type Mode } from './modes';
import { StudentLog, type LogEntry } from './studentLog';
import { metaValue, parseTags, TagError, type Command } from './tags';
import { knotNames } from './inkStory';

export interface CaseContent {
  id: string;
  title: string;
  /** Compiled ink JSON (from the Vite ink plugin or tools/inkCompile). */
  storyJson: string;
  record: RecordData;
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
}

export type View =
  | { phase: 'line'; line: Line; inCross: boolean }
  | { phase: 'choices'; line: Line | null; choices: ChoiceView[] }
  | { phase: 'cross'; cross: CrossView; notice: string | null }
  | { phase: 'ended'; ending: string };

/** What the stage needs to redraw the scene after a reload. */
export interface SceneState {
  background: string | null;
  speaker: string | null;
  expression: string | null;
  music: string | null;
}

interface CrossState {
  id: string;
  current: string;
  solved: string[];
  pressed: string[];
  revealed: string[];
  marks: number;
  presentedThisPass: boolean;
}

export interface SessionSave {
  mode: Mode;
  phase: View['phase'];
  line: Line | null;
  notice: string | null;
  returnToCross: boolean;
  pendingCross: string | null;
  ending: string | null;
  cross: CrossState | null;
  hints: Record<string, number>;
  graceLeft: number;
  scene: SceneState;
  record: CourtRecordSave;
  log: LogEntry[];
  ink: string;
}

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
}

export class CaseSession {
  readonly content: CaseContent;
  readonly record: CourtRecord;
  readonly log: StudentLog;
  private story: Story;
  private mode: Mode;
  private readonly strict: boolean;
  private listeners: Array<(e: SessionEvent) => void> = [];
  private models = new Map<string, CrossModel>();

  private phase: View['phase'] = 'line';
  private line: Line | null = null;
  private notice: string | null = null;
  private returnToCross = false;
  private pendingCross: string | null = null;
  private ending: string | null = null;
  private cross: CrossState | null = null;
  private hints: Record<string, number> = {};
  private graceLeft = 0;
  private scene: SceneState = { background: null, speaker: null, expression: null, music: null };

  constructor(content: CaseContent, options: SessionOptions = {}) {
    this.content = content;
    this.mode = options.mode ?? 'standard';
    this.strict = options.strict ?? false;
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

  get sceneState(): SceneState {
    return { ...this.scene };
  }

  /** The cross-examination as read from ink; cached because it never changes in play. */
  crossModel(id: string): CrossModel {
    let m = this.models.get(id);
    if (!m) {
      m = readCrossModel(this.story, id, this.onTagError);
      this.models.set(id, m);
    }
    return m;
  }

  /** Every cross-examination knot in this case (header tagged # cross). */
  crossIds(): string[] {
    return knotNames(this.story).filter((k) => (this.story.TagsForContentAtPath(k) ?? []).some((t) => /^\s*cross\s*:/.test(t)));
  }

  view(): View {
    switch (this.phase) {
      case 'line':
        return { phase: 'line', line: this.line!, inCross: this.returnToCross };
      case 'choices':
        return {
          phase: 'choices',
          line: this.line,
          choices: this.story.currentChoices.map((c) => ({ index: c.index, text: c.text })),
        };
      case 'cross':
        return { phase: 'cross', cross: this.crossView(), notice: this.notice };
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
      hintsAllowed: rulesFor(this.mode).hints,
      contradictionsLeft: model.statements.filter((s) => s.answers.length && !st.solved.includes(s.id)).length,
    };
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
    this.log.record({ kind: 'case-start', caseId: this.content.id });
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
    this.log.record({ kind: 'choice', text: choice.text, knot: choice.sourcePath?.split('.')[0] ?? '' });
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
    this.log.record({ kind: 'press', cross: st.id, statement: statement.id });
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
      this.log.record({ kind: 'present', cross: st.id, statement: statement.id, item: itemId, correct: true, marksLeft: st.marks });
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
    this.log.record({ kind: 'present', cross: st.id, statement: statement.id, item: itemId, correct: false, marksLeft: st.marks });
    this.emit({ type: 'wrong-present', item: itemId, marksLeft: st.marks, markLost });
    const specific = statement.wrongs.find((w) => w.items.includes(itemId));
    this.runInCross(`${st.id}.${specific ? specific.stitch : 'wrong'}`);
  }

  /** The next step of the hint ladder for the contradiction the player is nearest to. */
  hint(): { statement: StatementView; steps: HintStep[] } {
    this.requirePhase('cross', 'ask for a hint');
    if (!rulesFor(this.mode).hints) throw new SessionError(`no hints in ${this.mode} mode`);
    const st = this.requireCross();
    const model = this.crossModel(st.id);
    const visible = this.visibleStatements(model, st);
    const open = (s: Statement) => s.answers.length > 0 && !st.solved.includes(s.id) && s.hints.length > 0;
    const target = [this.currentStatement(), ...visible].find(open);
    if (!target) throw new SessionError('no contradiction is left to hint at here');
    const key = `${st.id}.${target.id}`;
    const step = Math.min(target.hints.length, (this.hints[key] ?? 0) + 1);
    this.hints[key] = step;
    this.log.record({ kind: 'hint', cross: st.id, statement: target.id, step });
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
    this.notice = null;
    this.returnToCross = true;
    this.story.ChoosePathString(path);
    this.pump();
  }

  private enterCross(id: string): void {
    const model = this.crossModel(id);
    const first = model.statements.find((s) => !s.hidden)!;
    this.cross = { id, current: first.id, solved: [], pressed: [], revealed: [], marks: MAX_MARKS, presentedThisPass: false };
    this.notice = null;
    this.phase = 'cross';
    this.log.record({ kind: 'cross-start', cross: id });
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
    this.log.record({ kind: 'cross-restart', cross: st.id });
    this.emit({ type: 'restart', cross: st.id });
    this.changed();
  }

  /** Back from a press or present conversation. */
  private resumeCross(): void {
    const st = this.requireCross();
    const model = this.crossModel(st.id);
    if (model.statements.every((s) => !s.answers.length || st.solved.includes(s.id))) {
      this.log.record({ kind: 'cross-solved', cross: st.id });
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
          this.pendingCross = c.id;
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
      const cite = commands.find((c) => c.type === 'cite');
      this.line = {
        text,
        speaker: this.lineSpeaker(commands),
        expression: this.scene.expression,
        cite: cite && cite.type === 'cite' ? cite.cite : null,
        commands,
      };
      this.phase = 'line';
      return this.changed();
    }
    if (this.story.currentChoices.length > 0) {
      this.phase = 'choices';
      return this.changed();
    }
    if (this.pendingCross) {
      const id = this.pendingCross;
      this.pendingCross = null;
      this.returnToCross = false;
      return this.enterCross(id);
    }
    if (this.returnToCross) {
      this.returnToCross = false;
      return this.resumeCross();
    }
    if (this.ending) {
      this.phase = 'ended';
      this.log.record({ kind: 'case-end', caseId: this.content.id });
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

  save(): SessionSave {
    return {
      mode: this.mode,
      phase: this.phase,
      line: this.line,
      notice: this.notice,
      returnToCross: this.returnToCross,
      pendingCross: this.pendingCross,
      ending: this.ending,
      cross: this.cross ? structuredClone(this.cross) : null,
      hints: { ...this.hints },
      graceLeft: this.graceLeft,
      scene: { ...this.scene },
      record: this.record.save(),
      log: this.log.save(),
      ink: this.story.state.toJson(),
    };
  }

  load(s: SessionSave): void {
    this.story.state.LoadJson(s.ink);
    this.mode = s.mode;
    this.phase = s.phase;
    this.line = s.line;
    this.notice = s.notice;
    this.returnToCross = s.returnToCross;
    this.pendingCross = s.pendingCross;
    this.ending = s.ending;
    this.cross = s.cross ? structuredClone(s.cross) : null;
    this.hints = { ...s.hints };
    this.graceLeft = s.graceLeft;
    this.scene = { ...s.scene };
    this.record.load(s.record);
    this.log.load(s.log);
    if (this.cross) this.crossModel(this.cross.id);
    this.emit({ type: 'restored', scene: this.sceneState });
    this.changed();
  }
}
