// The cross-examination in play: step through the testimony, press a statement, present
// evidence against it, climb the hint ladder. Its model (statements, answers, feedback
// stitches) is read from ink in crossExamination.ts; the rules are here.
//   right present   the statement is exposed; its _right stitch plays. When the statement has
//                   a proof (proofs.json), the player first points to the line of the
//                   document that contradicts it (pointing.ts): the right line completes the
//                   objection; another is "close" (feedback; a mark in Expert only); Study
//                   may skip it. A statement without a proof skips pointing.
//   wrong present   a mark is lost (not in study mode, not while the case's # grace lasts,
//                   not for an item whose feedback stitch is tagged # close); at zero marks
//                   the testimony starts again from its first statement, nothing else lost
//   whole pass      in expert mode, letting the testimony loop without a present costs a mark
//   all exposed     the story goes on at the knot's # after
import * as v from 'valibot';
import { readCrossModel, type CrossModel, type HintStep, type Statement } from './crossExamination';
import { MAX_MARKS } from './modes';
import { SessionError, type Activity, type ActivityHost, type ActivityType, type Resume } from './activity';
import type { Command } from './tags';
import { judgePoint } from './pointing';
import { proofFieldFor } from './proofs';

export interface StatementView {
  id: string;
  number: number;
  text: string;
  speaker: string | null;
  cite: string | null;
  solved: boolean;
  pressed: boolean;
  /** The book does not record these words (# dramatized): the note shown with them. */
  dramatized: string | null;
}

/** Pointing in progress: the right item was presented; which line of it contradicts? */
export interface PointingView {
  statement: string;
  statementText: string;
  item: string;
  itemTitle: string;
  /** Feedback on the last line picked (a "close" line), or null. */
  feedback: string | null;
  /** Study mode: the player may skip pointing. */
  optional: boolean;
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
  /** A hint can be given now: hints are on, and a statement on view still has a contradiction
   *  with a hint ladder (one hidden until a press reveals it does not count). */
  canHint: boolean;
  /** Transcript testimony: the statements are pages of this record item, read into the hearing. */
  transcript: { item: string; title: string } | null;
  /** After a right present: point to the line of the document (null when not pointing). */
  pointing: PointingView | null;
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
  /** Pointing in progress (absent in saves made before pointing existed). */
  pointing: v.optional(v.nullable(v.object({ statement: str, item: str, feedback: v.nullable(str) }))),
});
export type CrossState = v.InferOutput<typeof CrossStateSchema>;

export const RESTART_NOTICE = 'Your credibility ran out. The cross-examination starts again from the first statement; your court record and notes are kept.';

export class CrossExamination implements Activity<CrossState> {
  readonly kind = 'cross';

  constructor(private readonly host: ActivityHost, readonly model: CrossModel, private state: CrossState) {}

  get id(): string {
    return this.model.id;
  }

  private visible(): Statement[] {
    return this.model.statements.filter((s) => !s.hidden || this.state.revealed.includes(s.id));
  }

  currentStatement(): Statement {
    const s = this.model.statements.find((x) => x.id === this.state.current);
    if (!s) throw new SessionError(`statement "${this.state.current}" not found in ${this.id}`);
    return s;
  }

  view(notice: string | null): { phase: 'cross'; cross: CrossView; notice: string | null } {
    const st = this.state;
    const visible = this.visible();
    const { record } = this.host;
    const transcript = this.model.transcript;
    return {
      phase: 'cross',
      notice,
      cross: {
        id: this.model.id,
        title: this.model.title,
        witness: this.model.witness,
        place: this.model.place,
        statements: visible.map((s, i) => ({
          id: s.id, number: i + 1, text: s.text, speaker: s.speaker, cite: s.cite,
          solved: st.solved.includes(s.id), pressed: st.pressed.includes(s.id), dramatized: s.dramatized,
        })),
        current: Math.max(0, visible.findIndex((s) => s.id === st.current)),
        marks: st.marks,
        maxMarks: MAX_MARKS,
        hintsAllowed: this.host.hintsAllowed,
        contradictionsLeft: this.model.statements.filter((s) => s.answers.length && !st.solved.includes(s.id)).length,
        canHint: this.host.rules.hints && this.host.hintsAllowed && visible.some((s) => this.hintable(s)),
        transcript: transcript && record.knows(transcript) ? { item: transcript, title: record.entry(transcript).title } : null,
        pointing: st.pointing
          ? {
              statement: st.pointing.statement,
              statementText: this.model.statements.find((s) => s.id === st.pointing!.statement)?.text ?? '',
              item: st.pointing.item,
              itemTitle: record.knows(st.pointing.item) ? record.view(st.pointing.item).title : st.pointing.item,
              feedback: st.pointing.feedback,
              optional: this.host.pointing.optional,
            }
          : null,
      },
    };
  }

  /** Step to the next (+1) or previous (-1) statement; the testimony loops. */
  step(direction: 1 | -1): void {
    const st = this.state;
    const visible = this.visible();
    const next = Math.max(0, visible.findIndex((s) => s.id === st.current)) + direction;
    this.host.setNotice(null);
    if (next >= visible.length) {
      this.host.setNotice('The testimony begins again from the first statement.');
      if (this.host.rules.penaliseIdlePass && !st.presentedThisPass) {
        st.marks = Math.max(0, st.marks - 1);
        this.host.setNotice('You let the whole testimony pass without presenting anything: one mark lost. It begins again.');
        if (st.marks === 0) return this.restart();
      }
      st.presentedThisPass = false;
    }
    st.current = visible[(next + visible.length) % visible.length].id;
    this.host.changed();
  }

  /** Jump straight to a statement (the statement list on screen is clickable). */
  goTo(statementId: string): void {
    if (!this.visible().some((s) => s.id === statementId)) throw new SessionError(`no visible statement "${statementId}"`);
    this.state.current = statementId;
    this.host.setNotice(null);
    this.host.changed();
  }

  /** While pointing, the testimony waits: a press or present only says so. */
  private waitingForPoint(): boolean {
    if (!this.state.pointing) return false;
    this.host.setNotice('First point to the line of the document that contradicts the statement (E).');
    this.host.changed();
    return true;
  }

  press(): void {
    if (this.waitingForPoint()) return;
    const statement = this.currentStatement();
    this.host.log.append({ kind: 'press', cross: this.id, statement: statement.id });
    if (!this.state.pressed.includes(statement.id)) this.state.pressed.push(statement.id);
    this.host.converse(`${this.id}.${statement.id}_press`);
  }

  present(itemId: string): void {
    if (!this.host.record.has(itemId)) throw new SessionError(`"${itemId}" is not in the court record`);
    if (this.waitingForPoint()) return;
    const st = this.state;
    const statement = this.currentStatement();
    st.presentedThisPass = true;
    this.host.setInkVariable('presented', itemId);
    if (st.solved.includes(statement.id)) {
      this.host.setNotice('You have already exposed this statement. Try another one.');
      return this.host.changed();
    }
    if (statement.answers.includes(itemId)) {
      this.host.log.append({ kind: 'present', cross: this.id, statement: statement.id, item: itemId, correct: true, marksLeft: st.marks });
      const proof = this.host.proofs[`${this.id}.${statement.id}`];
      if (proof && proofFieldFor(proof, itemId)) {
        st.pointing = { statement: statement.id, item: itemId, feedback: null };
        this.host.setNotice(null);
        return this.host.changed();
      }
      return this.expose(statement.id);
    }
    const specific = statement.wrongs.find((w) => w.items.includes(itemId));
    let markLost = false;
    if (!this.host.rules.losesMarks || specific?.close) {
      // Study mode, or an item close to right: feedback only.
    } else if (!this.host.spendGrace()) {
      st.marks = Math.max(0, st.marks - 1);
      markLost = true;
    }
    this.host.log.append({ kind: 'present', cross: this.id, statement: statement.id, item: itemId, correct: false, marksLeft: st.marks, ...(specific?.close ? { close: true } : {}) });
    this.host.emit({ type: 'wrong-present', item: itemId, marksLeft: st.marks, markLost });
    this.host.converse(`${this.id}.${specific ? specific.stitch : 'wrong'}`);
  }

  /** The statement is exposed: its breakthrough plays. */
  private expose(statementId: string): void {
    this.state.pointing = null;
    this.state.solved.push(statementId);
    this.host.converse(`${this.id}.${statementId}_right`);
  }

  /** Pointing: the line (facsimile field key) of the presented document the player picks. */
  point(field: string): void {
    const p = this.state.pointing;
    if (!p) throw new SessionError('nothing to point at: present the right item first');
    const proof = this.host.proofs[`${this.id}.${p.statement}`];
    const fields = this.host.record.view(p.item).facsimile.fields;
    const j = judgePoint(proof, p.item, field, fields);
    const st = this.state;
    if (!j.correct && this.host.pointing.closeCostsMark && this.host.rules.losesMarks) st.marks = Math.max(0, st.marks - 1);
    this.host.log.append({ kind: 'point', cross: this.id, statement: p.statement, item: p.item, field, correct: j.correct, marksLeft: st.marks });
    if (j.correct) return this.expose(p.statement);
    this.host.emit({ type: 'wrong-present', item: p.item, marksLeft: st.marks, markLost: this.host.pointing.closeCostsMark && this.host.rules.losesMarks });
    if (st.marks === 0) return this.restart();
    p.feedback = j.feedback;
    this.host.changed();
  }

  /** Study mode: go on without pointing. */
  skipPoint(): void {
    const p = this.state.pointing;
    if (!p) throw new SessionError('nothing to point at');
    if (!this.host.pointing.optional) throw new SessionError('pointing can be skipped only in Study mode');
    this.host.log.append({ kind: 'point', cross: this.id, statement: p.statement, item: p.item, field: null, correct: false, marksLeft: this.state.marks });
    this.expose(p.statement);
  }

  /** A statement a hint can lead to: a contradiction not yet exposed, with a hint ladder. */
  private hintable(s: Statement): boolean {
    return s.answers.length > 0 && !this.state.solved.includes(s.id) && s.hints.length > 0;
  }

  /** The next step of the hint ladder for the contradiction the player is nearest to. */
  hint(): { statement: StatementView; steps: HintStep[] } {
    if (!this.host.rules.hints) throw new SessionError('no hints in this mode');
    if (!this.host.hintsAllowed) throw new SessionError('hints are turned off for this assignment');
    const target = [this.currentStatement(), ...this.visible()].find((s) => this.hintable(s));
    if (!target) throw new SessionError('no contradiction is left to hint at here');
    const steps = this.host.hints.next(`${this.id}.${target.id}`, target.hints);
    this.host.log.append({ kind: 'hint', cross: this.id, statement: target.id, step: steps.length });
    const view = this.view(null).cross.statements.find((s) => s.id === target.id)!;
    this.host.changed();
    return { statement: view, steps };
  }

  /** Hint steps already shown for a statement (the ladder stays visible). */
  hintsShown(statementId: string): HintStep[] {
    const s = this.model.statements.find((x) => x.id === statementId);
    return s ? this.host.hints.shown(`${this.id}.${statementId}`, s.hints) : [];
  }

  onCommand(c: Command): void {
    if (c.type === 'credibility') this.state.marks = Math.max(0, Math.min(MAX_MARKS, this.state.marks + c.delta));
    if (c.type === 'reveal' && !this.state.revealed.includes(c.statement)) this.state.revealed.push(c.statement);
  }

  /** Back from a press or present conversation. */
  resume(): Resume {
    if (this.model.statements.every((s) => !s.answers.length || this.state.solved.includes(s.id))) {
      this.host.log.append({ kind: 'cross-solved', cross: this.id });
      return { done: true, after: this.model.after };
    }
    if (this.state.marks === 0) this.restart(false);
    return { done: false };
  }

  /** Credibility ran out: from the first statement again, with what was pressed kept. */
  private restart(show = true): void {
    this.state = { ...fresh(this.model), pressed: this.state.pressed };
    this.host.setNotice(RESTART_NOTICE);
    this.host.log.append({ kind: 'cross-restart', cross: this.id });
    this.host.emit({ type: 'restart', cross: this.id });
    if (show) this.host.changed();
  }

  /** Marks carried over from an earlier save of this testimony (a content update). */
  keepMarks(marks: number): void {
    this.state.marks = Math.max(1, Math.min(MAX_MARKS, marks));
  }

  save(): CrossState {
    return structuredClone(this.state);
  }
}

function fresh(model: CrossModel): CrossState {
  const first = model.statements.find((s) => !s.hidden)!;
  return { id: model.id, current: first.id, solved: [], pressed: [], revealed: [], marks: MAX_MARKS, presentedThisPass: false, pointing: null };
}

export const crossExamination: ActivityType<CrossState> = {
  kind: 'cross',
  slice: { version: 1, schema: CrossStateSchema },
  enter(host, id) {
    const model = host.model('cross', id, readCrossModel);
    host.log.append({ kind: 'cross-start', cross: id });
    return new CrossExamination(host, model, fresh(model));
  },
  restore(host, state) {
    const model = host.model('cross', state.id, readCrossModel);
    for (const s of [state.current, ...state.solved, ...state.pressed, ...state.revealed, ...(state.pointing ? [state.pointing.statement] : [])]) {
      if (!model.statements.some((x) => x.id === s)) throw new SessionError(`no statement "${s}" in ${model.id}`);
    }
    return new CrossExamination(host, model, structuredClone(state));
  },
};
