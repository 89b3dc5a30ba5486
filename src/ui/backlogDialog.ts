// The backlog: everything said so far in this case, as a list, newest last, each line with
// its speaker named in words. Opened with B or the top-bar button at any time in play;
// focus lands on the newest line, ↑↓ (Home/End) move through the lines, Esc closes and
// focus returns to where it was.
import type { BacklogEntry } from '../story/backlog';
import { byId, clear, dialogHeader, h } from './dom';
import { dramatizedLabel } from './dialogueBox';

export class BacklogDialog {
  private dialog = byId<HTMLDialogElement>('backlog-dialog');
  private returnFocus: HTMLElement | null = null;

  constructor() {
    this.dialog.addEventListener('close', () => {
      const el = this.returnFocus;
      this.returnFocus = null;
      if (el?.isConnected) el.focus();
    });
    this.dialog.addEventListener('keydown', (e) => this.onKey(e));
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  open(entries: readonly BacklogEntry[], nameOf: (speaker: string) => string): void {
    if (this.dialog.open) return;
    this.returnFocus = document.activeElement as HTMLElement | null;
    clear(this.dialog);
    const last = entries.length - 1;
    this.dialog.append(
      h(
        'div',
        { class: 'backlog' },
        dialogHeader('backlog-heading', 'Backlog', () => this.close()),
        h('p', { class: 'backlog-help', id: 'backlog-help' }, `Everything said so far, ${entries.length} line${entries.length === 1 ? '' : 's'}, newest last. ↑ ↓ move through the lines.`),
        entries.length
          ? h(
              'ol',
              { class: 'backlog-list', 'aria-labelledby': 'backlog-heading', 'aria-describedby': 'backlog-help' },
              ...entries.map((e, i) =>
                h(
                  'li',
                  { tabindex: i === last ? 0 : -1, class: e.speaker ? 'said' : 'narration' },
                  e.speaker ? h('strong', {}, `${nameOf(e.speaker)}: `) : null,
                  e.dramatized !== undefined ? h('span', { class: 'dramatized-label' }, `${dramatizedLabel(e.dramatized)}.`) : null,
                  e.dramatized !== undefined ? ' ' : null,
                  e.text,
                ),
              ),
            )
          : h('p', {}, 'Nothing has been said yet.'),
      ),
    );
    this.dialog.showModal();
    const newest = this.dialog.querySelector<HTMLElement>('.backlog-list li:last-child');
    if (newest) {
      newest.focus();
      newest.scrollIntoView({ block: 'end' });
    }
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private onKey(e: KeyboardEvent): void {
    const item = (e.target as HTMLElement).closest('.backlog-list li');
    if (!item) return;
    const items = [...this.dialog.querySelectorAll<HTMLElement>('.backlog-list li')];
    const at = items.indexOf(item as HTMLElement);
    const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = items[Math.max(0, Math.min(items.length - 1, to))];
    for (const li of items) li.tabIndex = li === next ? 0 : -1;
    next.focus();
  }
}
