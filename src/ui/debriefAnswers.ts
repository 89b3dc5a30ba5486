// The end of a case or sitting: the results screen (contradictions found of N, marks, hints,
// wrong presents, time; the Report button) and, on its own page reachable from it, the
// debrief's discussion questions with a labelled box for each answer (kept on this device,
// per case) and the glossary.
import { saveAnswer, savedAnswers } from '../classroom/localStore';
import type { ReportAnswer } from '../classroom/report';
import { GLOSSARY } from '../classroom/guide';
import { h } from './dom';

const RESULTS_ID = 'results';
const ANSWERS_ID = 'debrief-answers';
const PAGE_ID = 'discussion-page';
const REPORT_BTN_ID = 'btn-your-report';
const DISCUSS_BTN_ID = 'btn-discussion';

export function answersFor(caseId: string, questions: readonly string[]): ReportAnswer[] {
  const saved = savedAnswers(caseId);
  return questions.map((q) => ({ question: q, answer: saved[q] ?? '' }));
}

export interface Results {
  found: number;
  total: number;
  marksLost: number;
  hints: number;
  wrong: number;
  /** Wrong presents that cost no mark (close, a grace, Study mode). */
  free: number;
  minutes: number;
  study: boolean;
}

export function showEndedExtras(opts: { caseId: string; caseTitle: string; questions: readonly string[]; results: Results; onReport: () => void }): void {
  removeEndedExtras();
  const dialogue = document.getElementById('dialogue');
  const actions = document.getElementById('line-actions');
  if (!dialogue || !actions) return;
  const r = opts.results;
  const row = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];
  dialogue.append(
    h('section', { id: RESULTS_ID, class: 'results', 'aria-labelledby': 'results-heading', tabindex: '-1' },
      h('h2', { id: 'results-heading' }, `Results: ${opts.caseTitle}`),
      h('dl', {},
        ...row('Contradictions found', `${r.found} of ${r.total}`),
        ...(r.study ? [] : row('Credibility marks lost', String(r.marksLost))),
        ...row('Hints used', String(r.hints)),
        ...row('Wrong presents', r.free ? `${r.wrong} (${r.free} cost no mark)` : String(r.wrong)),
        ...row('Time', r.minutes ? `about ${r.minutes} min` : 'under a minute'),
      ),
    ),
  );
  const page = opts.questions.length ? discussionPage(opts.caseId, opts.caseTitle, opts.questions) : null;
  actions.prepend(
    h('button', { type: 'button', id: REPORT_BTN_ID, onclick: () => opts.onReport() }, 'Your report'),
    page ? h('button', { type: 'button', id: DISCUSS_BTN_ID, onclick: () => openPage(page) }, 'Discussion questions and glossary') : '',
  );
}

function openPage(page: HTMLElement): void {
  document.getElementById('app')?.append(page);
  page.hidden = false;
  document.getElementById('play')!.inert = true;
  page.querySelector<HTMLElement>('textarea')?.focus(); // the first answer box
}

function closePage(page: HTMLElement): void {
  page.hidden = true;
  document.getElementById('play')!.inert = false;
  document.getElementById(DISCUSS_BTN_ID)?.focus();
}

/** The debrief's discussion questions with answer boxes, then the glossary, on a page of their own. */
function discussionPage(caseId: string, caseTitle: string, questions: readonly string[]): HTMLElement {
  const saved = savedAnswers(caseId);
  const page: HTMLElement = h('section', { id: PAGE_ID, class: 'discussion-page', 'aria-labelledby': 'discussion-heading', hidden: true,
    onkeydown: (e: Event) => {
      if ((e as KeyboardEvent).key === 'Escape') closePage(page);
    },
  },
    h('div', { class: 'discussion-inner' },
      h('h1', { id: 'discussion-heading' }, `Discussion: ${caseTitle}`),
      h('section', { id: ANSWERS_ID, class: 'debrief-answers', 'aria-labelledby': 'debrief-answers-heading' },
        h('h2', { id: 'debrief-answers-heading' }, 'Questions for discussion'),
        h('p', { class: 'cr-help' }, 'Your answers are kept on this device and included in your report.'),
        ...questions.map((q, i) => {
          const id = `debrief-q${i + 1}`;
          return h('div', { class: 'cr-field' },
            h('label', { for: id }, q),
            h('textarea', { id, rows: 3, 'data-question': q, oninput: (e: Event) => saveAnswer(caseId, q, (e.target as HTMLTextAreaElement).value) }, saved[q] ?? ''),
          );
        }),
      ),
      h('section', { class: 'glossary', 'aria-labelledby': 'glossary-heading' },
        h('h2', { id: 'glossary-heading' }, 'Glossary'),
        h('dl', {}, ...GLOSSARY.flatMap((g) => [h('dt', {}, g.term), h('dd', {}, g.text, g.outside ? h('span', { class: 'cite outside' }, ' (outside the book)') : g.cite ? h('span', { class: 'cite' }, ` (book lines ${g.cite})`) : '')])),
      ),
      h('button', { type: 'button', id: 'btn-discussion-back', onclick: () => closePage(page) }, 'Back to the results'),
    ),
  );
  return page;
}

export function removeEndedExtras(): void {
  for (const id of [RESULTS_ID, PAGE_ID, REPORT_BTN_ID, DISCUSS_BTN_ID]) document.getElementById(id)?.remove();
  const play = document.getElementById('play');
  if (play && !document.getElementById('topbar')?.hidden) play.inert = false;
}
