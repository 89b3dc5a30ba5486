// The story walker plays a case exhaustively through the real story core: every choice,
// every press, every item presented at every statement. It reports endings, dead ends and
// errors, the knots and stitches never reached, and whether each cross-examination can be
// solved. Branch points are de-duplicated so the walk stays finite.
import { CaseSession, type CaseContent, type SessionSave, type View } from '../story/caseSession';
import { knotNames, stitchNames } from '../story/inkStory';
import { proofFieldFor } from '../story/proofs';
import { solveBoard } from '../story/timelineBoard';

export interface WalkProblem {
  path: string[];
  message: string;
}

export interface WalkReport {
  branchPoints: number;
  endings: string[];
  problems: WalkProblem[];
  unreached: string[];
  crossesSolved: string[];
  crossesEntered: string[];
  /** Deductions and timeline boards entered. */
  activitiesEntered: string[];
  /** One winning route as a list of actions, for tests that replay it. */
  solution: string[] | null;
  /** Every distinct line shown on any path (text only), for pacing checks. */
  lineTexts: string[];
  /** Runs of lines read one Next after another (no choice or action between), longer than
   *  `longRun` lines; `opening` marks the run from the start of the case to its first choice
   *  or activity. */
  longRuns: WalkRun[];
  /** For every statement with answers ("cross.statement"), each right item presented there
   *  and the versions it was in at that moment ("" is the item as first written). */
  rightPresents: Record<string, Record<string, string[]>>;
  /** For every item and version it was held in at some branch point, the statements with
   *  answers ("cross.statement") not yet exposed at that moment. */
  heldWhileOpen: Record<string, Record<string, string[]>>;
  /** The first activity (cross-examination, deduction, board) entered on the winning route. */
  firstActivity: string | null;
}

export interface WalkRun {
  /** The action the run follows ("start", "choose:…", "press:s2", …). */
  after: string;
  /** Ink path where the run's first line was read. */
  at: string;
  lines: number;
  first: string;
  opening: boolean;
}

interface Node {
  save: SessionSave;
  path: string[];
}

export function walkCase(content: CaseContent, opts: { maxBranchPoints?: number; longRun?: number } = {}): WalkReport {
  const max = opts.maxBranchPoints ?? 20000;
  const longRun = opts.longRun ?? 8;
  const session = new CaseSession(content, { strict: true, mode: 'standard' });
  const story = (session as unknown as { story: import('inkjs').Story }).story;
  const allPaths: string[] = [];
  for (const k of knotNames(story)) {
    allPaths.push(k);
    for (const s of stitchNames(story, k)) allPaths.push(`${k}.${s}`);
  }
  const reached = new Set<string>();
  const markVisits = () => {
    for (const p of allPaths) if (!reached.has(p) && (story.state.VisitCountAtPathString(p) ?? 0) > 0) reached.add(p);
  };

  const report: WalkReport = { branchPoints: 0, endings: [], problems: [], unreached: [], crossesSolved: [], crossesEntered: [], activitiesEntered: [], solution: null, lineTexts: [], longRuns: [], rightPresents: {}, heldWhileOpen: {}, firstActivity: null };
  const answerKeys = session.crossIds().flatMap((x) => session.crossModel(x).statements.filter((st) => st.answers.length).map((st) => `${x}.${st.id}`));
  const addTo = (map: Record<string, Record<string, string[]>>, a: string, b: string, values: string[]) => {
    const list = ((map[a] ??= {})[b] ??= []);
    for (const v of values) if (!list.includes(v)) list.push(v);
  };
  // Reads the session as just loaded (not the save's inner shape, which is each part's own).
  const observeRecord = () => {
    const solved = new Set(session.log.all().flatMap((e) => (e.kind === 'present' && e.correct ? [`${e.cross}.${e.statement}`] : [])));
    const open = answerKeys.filter((k) => !solved.has(k));
    const { held, versions } = session.record.save();
    for (const item of held) addTo(report.heldWhileOpen, item, versions[item] ?? '', open);
  };
  const lineTexts = new Set<string>();
  const runsSeen = new Set<string>();
  const seen = new Set<string>();
  const queue: Node[] = [];

  const keyOf = (v: View): string => {
    const saved = session.saveOnly(['cross', 'deduction', 'board', 'record']);
    // The walker's notion of "the same place": the activity state and the record held.
    const s = {
      cross: saved.cross?.data as { id: string; solved: string[]; revealed: string[] } | null,
      deduction: saved.deduction?.data as { id: string; solved: boolean } | null,
      board: saved.board?.data as { id: string; confirmed: string[] } | null,
      record: saved.record.data as { held: string[] },
    };
    const base = [
      v.phase,
      s.cross ? `${s.cross.id}|${[...s.cross.solved].sort()}|${[...s.cross.revealed].sort()}` : '',
      s.deduction ? `${s.deduction.id}|${s.deduction.solved}` : '',
      s.board ? `${s.board.id}|${[...s.board.confirmed].sort()}` : '',
      [...s.record.held].sort().join(','),
    ];
    // Pointing in progress (the statement and item; feedback does not change the place).
    if (v.phase === 'cross' && v.cross.pointing) base.push(`point:${v.cross.pointing.statement}:${v.cross.pointing.item}`);
    if (v.phase === 'choices') base.push(v.choices.map((c) => c.text).join('|'), story.state.currentPathString ?? '', v.line?.text ?? '');
    if (v.phase === 'ended') base.push(v.ending);
    return base.join('#');
  };

  // Runs an action, then follows the lines (which never branch) to the next branch point.
  // Every action from a branch point starts from its save, which the walk loaded (and so
  // checked) when it took up that branch point: loading it again skips the check (`checked`).
  const run = (from: SessionSave, path: string[], label: string, act: () => void, checked = true) => {
    const p = [...path, label];
    try {
      session.load(from, { checked });
      act();
      let guard = 0;
      let first: string | null = null;
      let at = '';
      for (let lv = session.view(); lv.phase === 'line'; lv = session.view()) {
        if (++guard > 2000) throw new Error('more than 2000 lines without a choice: a loop?');
        const text = lv.line.text;
        lineTexts.add(text);
        if (first === null) {
          first = text;
          at = story.state.currentPathString ?? '';
        }
        session.advance();
      }
      if (guard > longRun && first !== null && !runsSeen.has(`${at}|${first}`)) {
        runsSeen.add(`${at}|${first}`);
        report.longRuns.push({ after: label, at, lines: guard, first, opening: label === 'start' });
      }
      markVisits();
      const v = session.view();
      for (const e of session.log.all()) {
        if (e.kind === 'cross-solved' && !report.crossesSolved.includes(e.cross)) report.crossesSolved.push(e.cross);
        if ((e.kind === 'deduction-start' || e.kind === 'board-start') && !report.activitiesEntered.includes(e.id)) {
          report.activitiesEntered.push(e.id);
          // Cards are read, not run: placing them is what shows them.
          if (e.kind === 'board-start') for (const c of session.boardModel(e.id).cards) reached.add(`${e.id}.${c.id}`);
          if (e.kind === 'deduction-start' && session.deductionModel(e.id).hints.length) reached.add(`${e.id}.hints`);
        }
        if (e.kind === 'cross-start' && !report.crossesEntered.includes(e.cross)) {
          report.crossesEntered.push(e.cross);
          // Statements are read, not run, and hint ladders are shown on request: entering
          // the testimony is what shows them.
          for (const st of session.crossModel(e.cross).statements) {
            reached.add(`${e.cross}.${st.id}`);
            if (st.hints.length) reached.add(`${e.cross}.${st.id}_hints`);
          }
        }
      }
      if (v.phase === 'ended') {
        if (!report.endings.includes(v.ending)) report.endings.push(v.ending);
        if (!report.solution) {
          report.solution = p;
          const first = session.log.all().find((e) => e.kind === 'cross-start' || e.kind === 'deduction-start' || e.kind === 'board-start');
          report.firstActivity = first ? (first.kind === 'cross-start' ? first.cross : (first as { id: string }).id) : null;
        }
      }
      const key = keyOf(v);
      if (seen.has(key)) return;
      seen.add(key);
      queue.push({ save: session.save(), path: p });
    } catch (e) {
      report.problems.push({ path: p, message: (e as Error).message });
    }
  };

  const fresh = new CaseSession(content, { strict: true });
  run(fresh.save(), [], 'start', () => session.start(), false);

  while (queue.length && report.branchPoints < max) {
    // Depth-first on the newest branch point finds a solution early; order does not affect coverage.
    const node = queue.pop()!;
    report.branchPoints++;
    session.load(node.save);
    observeRecord();
    const heldVersions = session.record.save().versions;
    const v = session.view();
    if (v.phase === 'choices') {
      // A source check's best answer last, so the depth-first walk (newest first) takes it first
      // and the winning route does not count the re-answers after a wrong one.
      const isBest = (i: number) => Number((story.currentChoices[i]?.tags ?? []).some((t) => t.trim() === 'best'));
      const ordered = [...v.choices].sort((a, b) => isBest(a.index) - isBest(b.index));
      for (const c of ordered) run(node.save, node.path, `choose:${c.text}`, () => session.choose(c.index));
    } else if (v.phase === 'deduction') {
      // Every pair the author answered (right and tempting), and one pair nobody thought of.
      const m = session.deductionModel(v.deduction.id);
      const held = session.record.heldIds();
      const known = [...m.wrongs.flatMap((w) => w.pairs), ...m.right];
      const other = held.flatMap((a, i) => held.slice(i + 1).map((b) => [a, b] as [string, string])).find((p) => !known.some((k) => k.includes(p[0]) && k.includes(p[1])));
      for (const [a, b] of [...(other ? [other] : []), ...known]) {
        if (session.record.has(a) && session.record.has(b)) run(node.save, node.path, `deduce:${a}:${b}`, () => session.deduce(a, b));
      }
    } else if (v.phase === 'board') {
      const m = session.boardModel(v.board.id);
      run(node.save, node.path, `board:${v.board.id}`, () => {
        // The walker knows each card's right day and row from the model (solveBoard).
        solveBoard(m, { place: (c, cell, lane) => session.placeCard(c, cell, lane), check: () => session.checkBoard() });
        session.finishBoard();
      });
    } else if (v.phase === 'cross' && v.cross.pointing) {
      // Pointing: every line of the document; the right one last, so depth-first takes it first.
      const p = v.cross.pointing;
      const proof = content.proofs!.proofs[`${v.cross.id}.${p.statement}`];
      const right = proofFieldFor(proof, p.item);
      const fields = session.record.view(p.item).facsimile.fields.map((f) => f.key).sort((a, b) => Number(a === right) - Number(b === right));
      for (const f of fields) run(node.save, node.path, `point:${f}`, () => session.point(f));
    } else if (v.phase === 'cross') {
      const held = session.record.heldIds();
      const answers = new Map(session.crossModel(v.cross.id).statements.map((s) => [s.id, s.answers]));
      // Right answers first, so a depth-first walk reaches the ending soon.
      const statements = v.cross.statements.filter((s) => !s.solved);
      for (const s of v.cross.statements) {
        run(node.save, node.path, `press:${s.id}`, () => {
          session.goTo(s.id);
          session.press();
        });
      }
      for (const s of statements) {
        const ordered = [...held].sort((a, b) => Number(answers.get(s.id)?.includes(a)) - Number(answers.get(s.id)?.includes(b)));
        for (const item of ordered) {
          if (answers.get(s.id)?.includes(item)) addTo(report.rightPresents, `${v.cross.id}.${s.id}`, item, [heldVersions[item] ?? '']);
          run(node.save, node.path, `present:${s.id}:${item}`, () => {
            session.goTo(s.id);
            session.present(item);
          });
        }
      }
    }
  }
  if (queue.length) report.problems.push({ path: [], message: `walk stopped after ${max} branch points; raise maxBranchPoints` });
  report.unreached = allPaths.filter((p) => !reached.has(p));
  report.lineTexts = [...lineTexts];
  return report;
}
