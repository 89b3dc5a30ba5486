// The title screen: Continue (restores exactly where the player was), a new case with a
// mode, and a plain statement of whose account the game is built on.
import { CASES } from '../content/caseList';
import { MODES, type Mode } from '../story/modes';
import { BOOK } from '../story/citation';
import { byId, clear, h } from './dom';
import { downloadFile } from './classroomPage';
import type { TitleClassroom } from './assignmentPanel';
import { keyAttr, kbd } from './shortcuts';

export interface TitleActions {
  continueCase(caseId: string): void;
  newCase(caseId: string, mode: Mode): void;
  /** "Start the case again" under a message that already said the save cannot be continued: no second question. */
  restartCase?(caseId: string, mode: Mode): void;
  /** Opens the settings dialog (text, contrast, motion, sound, captions). */
  settings?(): void;
}

export interface TitleState {
  saved: { caseId: string; caseTitle: string; savedAt: string } | null;
  /** A message on the title; restartCase offers "Start the case again", download offers the
   *  damaged save as a file. */
  message: { text: string; restartCase?: string; download?: { caseId: string; raw: string } } | null;
  /** Classroom use: an assignment's panel, fixed mode and cases; or the links for teachers. */
  classroom?: TitleClassroom;
  /** Cases and sittings finished on this device: their cards are marked. */
  finished?: readonly string[];
}

const MODE_TEXT: Record<Mode, string> = {
  study: 'Study — no credibility lost; every wrong answer explained',
  standard: 'Standard — five credibility marks per cross-examination',
  expert: 'Expert — no hints; letting a testimony pass without presenting costs a mark',
};

export class TitleScreen {
  private root = byId('title-screen');

  show(state: TitleState, actions: TitleActions): void {
    clear(this.root);
    this.root.hidden = false;
    let mode: Mode = state.classroom?.mode ?? 'standard';
    const saved = state.saved;
    this.root.append(
      h(
        'div',
        { class: 'title-inner' },
        h('h1', { id: 'title-heading' }, 'Exhibit ', h('span', {}, '1937')),
        h('p', { class: 'tagline' }, 'Two hearings. Every statement against the documents.'),
        h(
          'p',
          { class: 'source-note' },
          `Everything in this game is taken from one book: ${BOOK.author}, “${BOOK.title}” (${BOOK.englishTitle}), ${BOOK.year}. `,
          'It is his own account, written as a party to the dispute. The game cites the book for every fact and says where it is one-sided.',
        ),
        state.message
          ? h(
              'div',
              { class: 'alert', role: 'alert' },
              h('p', {}, state.message.text),
              state.message.restartCase
                ? h('button', { type: 'button', id: 'btn-restart-case', onclick: () => (actions.restartCase ?? actions.newCase)(state.message!.restartCase!, mode) }, 'Start the case again')
                : null,
              state.message.download
                ? h('button', {
                    type: 'button', id: 'btn-download-save',
                    onclick: () => downloadFile(`exhibit-1937-damaged-save-${state.message!.download!.caseId}.json`, state.message!.download!.raw),
                  }, 'Download the damaged save')
                : null,
            )
          : null,
        state.classroom?.who ?? null,
        state.classroom?.panel ?? null,
        h(
          'div',
          { class: 'menu' },
          saved
            ? h(
                'button',
                { type: 'button', class: 'primary', id: 'btn-continue', onclick: () => actions.continueCase(saved.caseId) },
                `Continue: ${saved.caseTitle}`,
                h('span', { class: 'visually-hidden' }, ` (saved ${new Date(saved.savedAt).toLocaleString()})`),
              )
            : null,
        ),
        h('h2', {}, 'New case'),
        state.classroom?.primer ?? null,
        state.classroom?.mode ? null : h(
          'fieldset',
          {},
          h('legend', {}, 'Mode'),
          ...MODES.map((m) =>
            h(
              'label',
              {},
              h('input', {
                type: 'radio', name: 'mode', value: m, checked: m === mode,
                onchange: (e: Event) => {
                  mode = (e.target as HTMLInputElement).value as Mode;
                },
              }),
              MODE_TEXT[m],
            ),
          ),
        ),
        h(
          'div',
          { class: 'cases' },
          ...CASES.filter((c) => !state.classroom?.cases || state.classroom.cases.includes(c.id)).map((c) =>
            h(
              'button',
              { type: 'button', class: 'case-card', 'data-case': c.id, onclick: () => actions.newCase(c.id, mode) },
              h('strong', {}, c.title),
              h('span', {}, `${c.subtitle} · ${c.minutes}`),
              state.finished?.includes(c.id) ? h('span', { class: 'finished-stamp' }, 'Finished ✓') : null,
            ),
          ),
        ),
        saved ? h('p', {}, 'Starting a case again replaces the saved progress in that case.') : null,
        state.classroom?.saveFile ?? null,
        state.classroom?.footer ?? null,
        actions.settings
          ? h('button', { type: 'button', id: 'btn-title-settings', ...keyAttr('S'), onclick: () => actions.settings?.() }, 'Settings', kbd('S'))
          : null,
      ),
    );
    (this.root.querySelector<HTMLElement>('#btn-continue') ?? this.root.querySelector<HTMLElement>('.case-card'))?.focus();
  }

  hide(): void {
    this.root.hidden = true;
  }
}
