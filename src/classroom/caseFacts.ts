// What a report needs from a case's content: statement texts, which ones are contradictions,
// cross-examination and item titles. Read from the case's own models (the same source as the
// content index, without walking the story), never kept by hand.
import { contentVersion } from '../save/saveGame';
import { CaseSession, type CaseContent } from '../story/caseSession';
import type { CaseFacts } from './report';

export function caseFacts(content: CaseContent): CaseFacts {
  const session = new CaseSession(content);
  const crosses = session.crossIds().map((id) => session.crossModel(id));
  return {
    id: content.id,
    title: content.title,
    contentVersion: contentVersion(content),
    statements: crosses.flatMap((c) => c.statements.map((s) => ({ cross: c.id, id: s.id, text: s.text, contradiction: s.answers.length > 0 }))),
    crossTitles: Object.fromEntries(crosses.map((c) => [c.id, c.title])),
    itemTitles: Object.fromEntries(content.record.items.map((i) => [i.id, i.title])),
    closeItems: Object.fromEntries(crosses.flatMap((c) => c.statements.map((s) => [`${c.id}.${s.id}`, s.wrongs.filter((w) => w.close).flatMap((w) => w.items)] as const)).filter(([, items]) => items.length)),
  };
}
