// The teacher's answer key and the student worksheet (pure): for each case, every statement
// that holds a contradiction, with the item and the facsimile field that expose it, the kind
// of proof, its one-sentence reasoning and the book lines, taken from the case's proofs
// (story/<case>/proofs.json, as the content index reads them). A statement whose proof is not
// written yet shows its answer items and says "proof pending".
import { CaseSession, type CaseContent } from '../story/caseSession';
import type { RecordItem } from '../story/courtRecord';
import type { Proof } from '../story/proofs';
import { QUESTIONS, type GuideQuestion } from './guide';

export interface KeyField {
  item: string;
  itemTitle: string;
  field: string;
  /** The field's label and value on the facsimile (null when the field cannot be found). */
  label: string | null;
  value: string | null;
}

export interface KeyStatement {
  cross: string;
  crossTitle: string;
  witness: string;
  statement: string;
  number: number;
  text: string;
  speaker: string | null;
  /** Items the game accepts, with their titles. */
  answers: Array<{ item: string; title: string }>;
  proof: null | {
    kind: Proof['kind'];
    claim: string;
    main: KeyField;
    also: KeyField[];
    reasoning: string;
    cite: Proof['cite'];
  };
}

export interface KeyCase {
  id: string;
  title: string;
  subtitle: string;
  statements: KeyStatement[];
  questions: GuideQuestion[];
}

function fieldOf(item: RecordItem | undefined, key: string): { label: string; value: string } | null {
  if (!item) return null;
  const all = [item.facsimile, ...Object.values(item.versions ?? {}).map((v) => v.facsimile)];
  for (const fx of all.reverse()) {
    const f = fx?.fields?.find((x) => x.key === key);
    if (f) return { label: f.label, value: f.value };
  }
  return null;
}

/** The discussion questions of the guide that belong to a case (by its subtitle: "Case 1, sitting 2 · …"). */
export function questionsFor(subtitle: string): GuideQuestion[] {
  const p = subtitle.split(' · ')[0];
  return QUESTIONS.filter((q) => p.startsWith(q.caseTitle) || q.caseTitle.startsWith(p));
}

export function answerKey(content: CaseContent, subtitle: string): KeyCase {
  const session = new CaseSession(content);
  const items = new Map(content.record.items.map((i) => [i.id, i]));
  const title = (id: string) => items.get(id)?.title ?? id;
  const ref = (item: string, field: string): KeyField => {
    const f = fieldOf(items.get(item), field);
    return { item, itemTitle: title(item), field, label: f?.label ?? null, value: f?.value ?? null };
  };
  const statements = session.crossIds().flatMap((id) => {
    const m = session.crossModel(id);
    return m.statements.flatMap((s, i): KeyStatement[] => {
      if (!s.answers.length) return [];
      const p = content.proofs?.proofs[`${m.id}.${s.id}`] ?? null;
      return [{
        cross: m.id, crossTitle: m.title, witness: title(m.witness), statement: s.id, number: i + 1, text: s.text, speaker: s.speaker ? title(s.speaker) : null,
        answers: s.answers.map((a) => ({ item: a, title: title(a) })),
        proof: p ? { kind: p.kind, claim: p.claim, main: ref(p.item, p.field), also: (p.also ?? []).map((a) => ref(a.item, a.field)), reasoning: p.reasoning, cite: p.cite } : null,
      }];
    });
  });
  return { id: content.id, title: content.title, subtitle, statements, questions: questionsFor(subtitle) };
}

/** The marking rubric for the discussion questions (the same four levels for every question). */
export const RUBRIC: Array<{ level: string; points: number; text: string }> = [
  { level: 'Strong', points: 3, text: 'Answers the question with a clear claim; supports it with at least one specific document, date or statement from the case; says what the evidence cannot show, or where the book is one side’s account.' },
  { level: 'Sound', points: 2, text: 'A clear claim with one piece of evidence from the case, but does not weigh it (no limit or other side considered).' },
  { level: 'Beginning', points: 1, text: 'An opinion or a retelling of the story, without evidence from the case, or evidence that does not support the claim.' },
  { level: 'Not yet', points: 0, text: 'No answer, or an answer to a different question.' },
];
