// The ending screen's classroom part: each debrief discussion question the player saw, with
// a labelled box for the answer (kept on this device, per case), and the "Your report" button.
import { saveAnswer, savedAnswers } from '../classroom/localStore';
import type { ReportAnswer } from '../classroom/report';
import { h } from './dom';

const ANSWERS_ID = 'debrief-answers';
const REPORT_BTN_ID = 'btn-your-report';

export function answersFor(caseId: string, questions: readonly string[]): ReportAnswer[] {
  const saved = savedAnswers(caseId);
  return questions.map((q) => ({ question: q, answer: saved[q] ?? '' }));
}

export function showEndedExtras(opts: { caseId: string; questions: readonly string[]; onReport: () => void }): void {
  removeEndedExtras();
  const saved = savedAnswers(opts.caseId);
  const dialogue = document.getElementById('dialogue');
  const actions = document.getElementById('line-actions');
  if (!dialogue || !actions) return;
  if (opts.questions.length) {
    dialogue.append(
      h('section', { id: ANSWERS_ID, class: 'debrief-answers', 'aria-labelledby': 'debrief-answers-heading' },
        h('h2', { id: 'debrief-answers-heading' }, 'Your answers to the discussion questions'),
        h('p', { class: 'cr-help' }, 'Kept on this device and included in your report.'),
        ...opts.questions.map((q, i) => {
          const id = `debrief-q${i + 1}`;
          return h('div', { class: 'cr-field' },
            h('label', { for: id }, q),
            h('textarea', {
              id, rows: 3, 'data-question': q,
              oninput: (e: Event) => saveAnswer(opts.caseId, q, (e.target as HTMLTextAreaElement).value),
            }, saved[q] ?? ''),
          );
        }),
      ),
    );
  }
  actions.prepend(h('button', { type: 'button', id: REPORT_BTN_ID, onclick: () => opts.onReport() }, 'Your report'));
}

export function removeEndedExtras(): void {
  document.getElementById(ANSWERS_ID)?.remove();
  document.getElementById(REPORT_BTN_ID)?.remove();
}
