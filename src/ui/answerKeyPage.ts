// The teacher's answer key (#key) and the printable student worksheet (#worksheet), per case,
// generated from the contradictions' proofs (see src/classroom/answerKey.ts).
import { RUBRIC, type KeyCase, type KeyField, type KeyStatement } from '../classroom/answerKey';
import { citeLabel } from '../classroom/guide';
import { CASES } from '../content/caseList';
import { h } from './dom';
import { button, openPage, toolbar } from './classroomPage';

export interface KeyActions {
  back(): void;
  teacher(): void;
  guide(): void;
  key(): void;
  worksheet(): void;
  load(ids: readonly string[]): Promise<KeyCase[]>;
}

const KIND: Record<string, string> = {
  direct: 'Direct: the statement and the document cannot both be true.',
  implausible: 'Hard to believe: the document makes the statement hard to believe (it does not rule it out).',
};

/** The statement with the false words marked. */
function statementText(s: KeyStatement): HTMLElement {
  const claim = s.proof?.claim;
  const at = claim ? s.text.indexOf(claim) : -1;
  return h('q', { class: 'key-text' }, ...(at < 0 ? [s.text] : [s.text.slice(0, at), h('mark', {}, claim!), s.text.slice(at + claim!.length)]));
}

function fieldLine(f: KeyField): HTMLElement {
  return h('span', {}, h('strong', {}, f.itemTitle), f.label ? ` — line “${f.label}”${f.value ? `: ${f.value}` : ''}` : ` — field ${f.field}`);
}

function keyEntry(s: KeyStatement): HTMLElement {
  const p = s.proof;
  return h('li', { class: 'key-statement', 'data-statement': `${s.cross}.${s.statement}` },
    h('p', { class: 'key-who' }, `${s.crossTitle} · statement ${s.number}${s.speaker ? ` · ${s.speaker}` : ''}`),
    h('p', {}, statementText(s)),
    p
      ? h('dl', { class: 'key-proof' },
          h('dt', {}, 'Present'), h('dd', {}, fieldLine(p.main)),
          p.also.length ? h('dt', {}, 'Also right') : null,
          p.also.length ? h('dd', {}, h('ul', {}, ...p.also.map((a) => h('li', {}, fieldLine(a))))) : null,
          h('dt', {}, 'Kind'), h('dd', {}, KIND[p.kind] ?? p.kind),
          h('dt', {}, 'Why'), h('dd', {}, p.reasoning),
          h('dt', {}, 'Book'), h('dd', {}, `statement: ${citeLabel(p.cite.statement)}; document: ${citeLabel(p.cite.item)}`),
        )
      : h('dl', { class: 'key-proof' },
          h('dt', {}, 'Present'), h('dd', {}, s.answers.map((a) => a.title).join(' or ')),
          h('dt', {}, 'Proof'), h('dd', { class: 'proof-pending' }, 'proof pending: the reasoning for this contradiction is still being written.'),
        ),
  );
}

function worksheetEntry(s: KeyStatement, i: number): HTMLElement {
  return h('li', { class: 'sheet-statement', 'data-statement': `${s.cross}.${s.statement}` },
    h('p', { class: 'key-who' }, `${s.crossTitle}${s.speaker ? ` · ${s.speaker}` : ''}`),
    h('p', {}, h('q', {}, s.text)),
    h('div', { class: 'sheet-lines' },
      h('p', {}, `${i + 1}a. Which document exposes this statement?`), h('div', { class: 'write-line' }),
      h('p', {}, `${i + 1}b. Which line of that document?`), h('div', { class: 'write-line' }),
      h('p', {}, `${i + 1}c. Why can the statement and the document not both be true (or why is the statement hard to believe)?`), h('div', { class: 'write-line' }), h('div', { class: 'write-line' }),
    ),
  );
}

function rubric(): HTMLElement {
  return h('table', { class: 'cr-table rubric' },
    h('caption', {}, 'Marking rubric for the discussion questions (each question, 0–3 points)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Level'), h('th', { scope: 'col' }, 'Points'), h('th', { scope: 'col' }, 'What the answer does'))),
    h('tbody', {}, ...RUBRIC.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.level), h('td', { class: 'num' }, String(r.points)), h('td', {}, r.text)))),
  );
}

function caseSection(k: KeyCase, sheet: boolean): HTMLElement {
  const pending = k.statements.filter((s) => !s.proof).length;
  return h('section', { class: 'key-case', 'data-case': k.id, 'aria-labelledby': `key-${k.id}` },
    h('h2', { id: `key-${k.id}` }, k.title, h('span', { class: 'cr-sub' }, ` — ${k.subtitle}`)),
    sheet
      ? h('div', { class: 'sheet-head' }, h('p', {}, 'Name: ', h('span', { class: 'write-inline' })), h('p', {}, 'Class: ', h('span', { class: 'write-inline' })), h('p', {}, 'Date: ', h('span', { class: 'write-inline' })))
      : h('p', { class: 'cr-help' }, `${k.statements.length} ${k.statements.length === 1 ? 'contradiction' : 'contradictions'}${pending ? `, ${pending} with the proof still pending` : ''}. The marked words are the ones the document shows to be false.`),
    sheet ? h('p', {}, 'For each statement, find the document in the court record that exposes it, and the line of that document. Then say why.') : null,
    h('ol', { class: sheet ? 'sheet-list' : 'key-list' }, ...k.statements.map((s, i) => (sheet ? worksheetEntry(s, i) : keyEntry(s)))),
    k.questions.length
      ? h('div', { class: 'key-questions' },
          h('h3', {}, 'Discussion questions'),
          h('ol', {}, ...k.questions.map((q) => h('li', {}, h('p', {}, q.question),
            sheet ? h('div', { class: 'sheet-lines' }, h('div', { class: 'write-line' }), h('div', { class: 'write-line' }), h('div', { class: 'write-line' })) : h('p', { class: 'cr-help' }, `Notes for the teacher: ${q.note}${q.cite ? ` (${citeLabel(q.cite)})` : ''}`)))),
          rubric(),
        )
      : null,
  );
}

export function showAnswerKey(actions: KeyActions, kind: 'key' | 'worksheet', chosen: readonly string[] = CASES.map((c) => c.id)): void {
  const sheet = kind === 'worksheet';
  const picked = new Set(chosen);
  const out = h('div', { id: 'key-cases', 'aria-busy': 'true' });
  const render = async () => {
    out.setAttribute('aria-busy', 'true');
    const cases = await actions.load(CASES.map((c) => c.id).filter((id) => picked.has(id)));
    out.replaceChildren(...(cases.length ? cases.map((k) => caseSection(k, sheet)) : [h('p', {}, 'Choose at least one case.')]));
    out.removeAttribute('aria-busy');
  };
  const page = openPage(kind, sheet ? 'Student worksheet' : 'Answer key for teachers',
    toolbar(
      button('← Back to the game', actions.back, { id: 'btn-key-back' }),
      button('Teacher page', actions.teacher, { id: 'btn-key-teacher' }),
      button('Teacher’s guide', actions.guide, { id: 'btn-key-guide' }),
      sheet ? button('Answer key', actions.key, { id: 'btn-show-key' }) : button('Student worksheet', actions.worksheet, { id: 'btn-show-worksheet' }),
      button('Print', () => window.print(), { id: 'btn-key-print' }),
    ),
    h('p', { class: 'cr-lead no-print' }, sheet
      ? 'A worksheet per case to print for students: the statements that hold a contradiction, room for their reasoning, the discussion questions and the marking rubric. It gives no answers.'
      : 'Every contradiction of the chosen cases: the statement, the document and the line that expose it, the kind of proof, the reasoning in one sentence, and the book lines to check it (lines of the German edition of 1937 as numbered in the game’s source file). Keep it away from students.'),
    h('fieldset', { class: 'no-print key-choose' },
      h('legend', {}, 'Cases'),
      ...CASES.map((c) => h('label', { class: 'cr-choice' },
        h('input', { type: 'checkbox', name: 'key-case', value: c.id, checked: picked.has(c.id), onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) picked.add(c.id); else picked.delete(c.id);
          void render();
        } }),
        h('span', {}, h('strong', {}, c.title), ` — ${c.subtitle}`))),
    ),
    out,
  );
  page.classList.toggle('worksheet', sheet);
  void render();
}
