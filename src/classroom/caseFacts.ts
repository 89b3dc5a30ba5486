// What a report needs from a case's content: statement texts, which ones are contradictions,
// cross-examination and item titles. Taken from the content index, never kept by hand.
import { indexCase } from '../content/contentIndex';
import { contentVersion } from '../save/saveGame';
import type { CaseContent } from '../story/caseSession';
import type { CaseFacts } from './report';

export function caseFacts(content: CaseContent): CaseFacts {
  const idx = indexCase(content);
  return {
    id: content.id,
    title: content.title,
    contentVersion: contentVersion(content),
    statements: idx.crossExaminations.flatMap((c) => c.statements.map((s) => ({ cross: c.id, id: s.id, text: s.text, contradiction: s.answers.length > 0 }))),
    crossTitles: Object.fromEntries(idx.crossExaminations.map((c) => [c.id, c.title])),
    itemTitles: Object.fromEntries(idx.record.map((i) => [i.id, i.title])),
  };
}
