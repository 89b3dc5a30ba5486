// The content index: every case, its cross-examinations, their statements, which items
// answer each contradiction, and every record item with its kind, date and citation.
// Derived from the story sources each time (never kept by hand); the teacher's answer key
// and the tests read it.
import { CaseSession, type CaseContent } from '../story/caseSession';
import { chaptersOf } from '../story/citation';
import type { Proof } from '../story/proofs';
import { walkCase, type WalkReport, type WalkRun } from './storyWalker';
import { pacing } from './pacing';

export interface IndexStatement {
  id: string;
  text: string;
  speaker: string | null;
  cite: string | null;
  answers: string[];
  specificWrongFeedback: string[];
  hints: string[];
  hidden: boolean;
  /** From story/<case>/proofs.json; null while the statement has no proof. */
  proof: Proof | null;
}

export interface IndexCase {
  id: string;
  title: string;
  crossExaminations: Array<{ id: string; title: string; witness: string; place: string | null; statements: IndexStatement[] }>;
  deductions: Array<{ id: string; title: string; prompt: string; right: Array<[string, string]>; specificWrongFeedback: Array<[string, string]> }>;
  boards: Array<{ id: string; title: string; cards: Array<{ id: string; text: string; lane: string; certainty: string; cells: [string, string]; cite: string | null; fixed: boolean }> }>;
  record: Array<{
    id: string; kind: string; title: string; date: string; cite: string; chapters: string[]; heldAtStart: boolean;
    /** Facsimile field keys (what a proof's `field` and a hint's `# point` may name). */
    fields: string[];
    /** Field keys per version, for items that change with # update. */
    versionFields?: Record<string, string[]>;
  }>;
  /** Pacing of this playable unit (see src/content/pacing.ts for what counts). */
  routeWords: number;
  actions: number;
  minutes: number;
  longLines: Array<{ words: number; text: string }>;
  longRuns: WalkRun[];
}

export function indexCase(content: CaseContent, walk: WalkReport = walkCase(content)): IndexCase {
  const session = new CaseSession(content, { strict: true });
  const pace = pacing(content, walk);
  return {
    id: content.id,
    title: content.title,
    crossExaminations: session.crossIds().map((id) => {
      const m = session.crossModel(id);
      return {
        id: m.id,
        title: m.title,
        witness: m.witness,
        place: m.place,
        statements: m.statements.map((s) => ({
          id: s.id,
          text: s.text,
          speaker: s.speaker,
          cite: s.cite,
          answers: s.answers,
          specificWrongFeedback: s.wrongs.flatMap((w) => w.items),
          hints: s.hints.map((h) => h.text),
          hidden: s.hidden,
          proof: content.proofs?.proofs[`${m.id}.${s.id}`] ?? null,
        })),
      };
    }),
    deductions: session.activityIds('deduction').map((id) => {
      const m = session.deductionModel(id);
      return { id, title: m.title, prompt: m.prompt, right: m.right, specificWrongFeedback: m.wrongs.flatMap((w) => w.pairs) };
    }),
    boards: session.activityIds('board').map((id) => {
      const m = session.boardModel(id);
      return {
        id,
        title: m.title,
        cards: m.cards.map((c) => ({ id: c.id, text: c.text, lane: c.lane, certainty: c.certainty, cells: [m.cells[c.from].key, m.cells[c.to].key] as [string, string], cite: c.cite, fixed: c.fixed })),
      };
    }),
    record: content.record.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title,
      date: i.date,
      cite: i.cite,
      chapters: chaptersOf(i.cite).map((c) => c.english),
      heldAtStart: Boolean(i.held),
      fields: i.facsimile.fields.map((f) => f.key),
      ...(i.versions
        ? { versionFields: Object.fromEntries(Object.entries(i.versions).map(([v, p]) => [v, (p.facsimile?.fields ?? i.facsimile.fields).map((f) => f.key)])) }
        : {}),
    })),
    routeWords: pace.routeWords,
    actions: pace.actions,
    minutes: pace.minutes,
    longLines: pace.longLines,
    longRuns: pace.longRuns,
  };
}
