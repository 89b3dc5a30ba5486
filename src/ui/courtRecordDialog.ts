// The court record as an accessible modal: evidence and profiles as lists of buttons, a
// detail pane with the facsimile, provenance and citation, and, during a
// cross-examination, a "Present" button. Opened with R (browse) or E (present).
import type { CourtRecord, RecordItem } from '../story/courtRecord';
import { citationLabel } from '../story/citation';
import { byId, clear, dialogHeader, h } from './dom';
import { renderFacsimile, type FieldPick } from './facsimile';

export interface RecordDialogOptions {
  /** Present mode: the chosen item is presented at the current statement. */
  onPresent?: (itemId: string) => void;
  /** The label of the action button in present mode (a deduction slot says "Use … as fact A"). */
  actionLabel?: (title: string) => string;
  /** Highlight a field (hint step 2). */
  point?: { item: string; field: string } | null;
  onClose?: () => void;
  /** Pointing (issue 10): after the right present, pick the line of this item's facsimile
   *  that contradicts the statement. */
  pointing?: PointingOptions | null;
}

export interface PointingOptions {
  item: string;
  /** The statement being exposed, quoted in the prompt. */
  statement: string;
  /** Feedback on the last line picked ("close: …"), shown above the document. */
  feedback: string | null;
  onPoint: (field: string) => void;
  /** Study mode: pointing is offered, and can be skipped. */
  onSkip?: () => void;
}

const KIND_LABEL: Record<string, string> = {
  fact: 'Fact', letter: 'Letter', telegram: 'Telegram', newspaper: 'Newspaper', statement: 'Statement',
  certificate: 'Certificate', log: 'Log book', passport: 'Passport', transcript: 'Transcript',
  photograph: 'Photograph', profile: 'Profile',
};

/** The first sentence of a description (up to the first full stop followed by a space). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (m ? m[1] : text).trim();
}

/** What a screen reader hears after an item's title in the list: kind, date, first sentence. */
export function itemSummary(item: RecordItem): string {
  const kind = KIND_LABEL[item.kind] ?? item.kind;
  const when = item.kind === 'profile' ? item.role ?? '' : item.date;
  return `${kind}${when ? `, ${when}` : ''}. ${firstSentence(item.description)}`;
}

export class CourtRecordDialog {
  private dialog = byId<HTMLDialogElement>('record-dialog');
  private tab: 'evidence' | 'profiles' = 'evidence';
  private selected: string | null = null;
  private options: RecordDialogOptions = {};
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly getRecord: () => CourtRecord) {
    this.dialog.addEventListener('close', () => {
      // Closed and opened again at once (a present that leads to pointing): nothing to undo.
      if (this.dialog.open) return;
      const cb = this.options.onClose;
      this.options = {};
      this.returnFocus?.focus();
      cb?.();
    });
    this.dialog.addEventListener('keydown', (e) => this.onKey(e));
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  open(options: RecordDialogOptions = {}): void {
    this.options = options;
    this.returnFocus = document.activeElement as HTMLElement | null;
    const record = this.getRecord();
    if (options.pointing) {
      this.selected = options.pointing.item;
      this.tab = record.entry(options.pointing.item).kind === 'profile' ? 'profiles' : 'evidence';
    } else if (options.point) {
      this.selected = options.point.item;
      this.tab = record.entry(options.point.item).kind === 'profile' ? 'profiles' : 'evidence';
    } else if (options.onPresent) {
      // Presenting starts at the top of the evidence, not at the last item used.
      this.tab = 'evidence';
      this.selected = null;
    }
    const list = this.items();
    if (!this.selected || !list.some((i) => i.id === this.selected)) this.selected = list[0]?.id ?? null;
    this.render();
    if (!this.dialog.open) this.dialog.showModal();
    if (options.pointing) this.dialog.querySelector<HTMLElement>('.fx-pick input')?.focus();
    else this.focusSelected();
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private items(): RecordItem[] {
    const r = this.getRecord();
    return this.tab === 'evidence' ? r.evidence() : r.profiles();
  }

  private focusSelected(): void {
    const btn = this.dialog.querySelector<HTMLElement>(`.items button[data-id="${this.selected}"]`) ?? this.dialog.querySelector<HTMLElement>('.tabs button');
    btn?.focus();
  }

  private select(id: string): void {
    this.selected = id;
    this.getRecord().markSeen(id);
    this.render();
    this.focusSelected();
  }

  private onKey(e: KeyboardEvent): void {
    const list = this.items();
    const at = list.findIndex((i) => i.id === this.selected);
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && list.length && (e.target as HTMLElement).closest('.items, .tabs')) {
      e.preventDefault();
      // The list stops at its ends (no wrap): Home and End jump there.
      const next = list[Math.max(0, Math.min(list.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
      this.select(next.id);
    } else if ((e.key === 'Home' || e.key === 'End') && list.length && (e.target as HTMLElement).closest('.items')) {
      e.preventDefault();
      this.select(list[e.key === 'Home' ? 0 : list.length - 1].id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      if ((e.target as HTMLElement).closest('.tabs, .items')) {
        e.preventDefault();
        this.switchTab(this.tab === 'evidence' ? 'profiles' : 'evidence');
      }
    }
  }

  private switchTab(tab: 'evidence' | 'profiles'): void {
    this.tab = tab;
    this.selected = this.items()[0]?.id ?? null;
    this.render();
    this.dialog.querySelector<HTMLElement>(`.tabs [data-tab="${tab}"]`)?.focus();
  }

  private render(): void {
    const record = this.getRecord();
    const presenting = Boolean(this.options.onPresent);
    const list = this.items();
    const item = this.selected && record.has(this.selected) ? record.view(this.selected) : null;
    if (item) record.markSeen(item.id);
    clear(this.dialog);
    this.dialog.append(
      h(
        'div',
        { class: 'record' },
        // The dialog is named by this heading: what the player is doing, not only where.
        dialogHeader('record-heading', presenting ? (this.options.actionLabel ? 'Choose from the Court Record' : 'Present evidence') : 'Court Record', () => this.close()),
        h(
          'div',
          {},
          presenting ? h('p', { class: 'present-banner' }, this.options.actionLabel ? 'Choose an item from the record.' : 'Choose the evidence or profile to present, then press "Present".') : null,
          this.options.pointing
            ? h('p', { class: 'present-banner point-banner', id: 'point-prompt' }, `Point to the line of this document that contradicts: "${this.options.pointing.statement}"`)
            : null,
          this.options.pointing?.feedback ? h('p', { class: 'point-feedback', role: 'status' }, this.options.pointing.feedback) : null,
          h(
            'div',
            { class: 'tabs', role: 'tablist', 'aria-label': 'Court record sections' },
            ...(['evidence', 'profiles'] as const).map((t) =>
              h(
                'button',
                { type: 'button', role: 'tab', 'data-tab': t, 'aria-selected': String(this.tab === t), tabindex: this.tab === t ? 0 : -1, 'aria-controls': 'record-items', onclick: () => this.switchTab(t) },
                t === 'evidence' ? `Evidence (${record.evidence().length})` : `Profiles (${record.profiles().length})`,
              ),
            ),
          ),
        ),
        h(
          'div',
          { class: 'body' },
          h(
            'ul',
            { class: 'items', id: 'record-items', 'aria-label': this.tab === 'evidence' ? 'Evidence' : 'Profiles' },
            ...list.map((i) =>
              h(
                'li',
                {},
                h(
                  'button',
                  // Roving tabindex: one Tab reaches the list, arrows move in it, the next Tab the detail.
                  {
                    type: 'button', 'data-id': i.id, 'aria-current': String(i.id === this.selected), tabindex: i.id === this.selected ? 0 : -1,
                    'aria-describedby': `summary-${i.id}`, onclick: () => this.select(i.id),
                  },
                  h('span', {}, i.title),
                  record.isNew(i.id) ? h('span', { class: 'new' }, h('span', { class: 'visually-hidden' }, ', '), 'NEW') : null,
                ),
                h('span', { id: `summary-${i.id}`, hidden: true }, itemSummary(i)),
              ),
            ),
          ),
          h('div', { class: 'detail', 'aria-live': 'off', tabindex: 0, role: 'region', 'aria-label': item ? `${item.title}: details` : 'Details' }, item ? this.detail(item, false) : h('p', {}, 'Nothing here yet.')),
        ),
        // The action sits in its own row under the card, so it never covers the card's text.
        presenting && item ? this.presentAction(item) : null,
      ),
    );
  }

  private detail(item: RecordItem, presenting: boolean): HTMLElement {
    const point = this.options.point && this.options.point.item === item.id ? this.options.point.field : null;
    return h(
      'article',
      { 'aria-labelledby': `detail-${item.id}` },
      h('h3', { id: `detail-${item.id}` }, item.title),
      h(
        'dl',
        { class: 'meta' },
        h('dt', {}, 'Kind'), h('dd', {}, KIND_LABEL[item.kind] ?? item.kind),
        h('dt', {}, item.kind === 'profile' ? 'Role' : 'Date'), h('dd', {}, item.kind === 'profile' ? item.role ?? '' : item.date),
        h('dt', {}, item.kind === 'profile' ? 'Known from' : 'Issued by'), h('dd', {}, item.issuer),
      ),
      h('p', {}, item.description),
      renderFacsimile(item, point, this.options.pointing && this.options.pointing.item === item.id ? this.pick(this.options.pointing) : null),
      h('p', {}, h('strong', {}, 'How it reached the record: '), item.provenance),
      h('p', { class: 'citation' }, 'Source: ', citationLabel(item.cite)),
      presenting ? this.presentAction(item) : null,
    );
  }

  private presentAction(item: RecordItem): HTMLElement {
    return h(
      'div',
      { class: 'present-action' },
      h('button', { type: 'button', class: 'primary', 'data-present': item.id, onclick: () => this.present(item.id) }, this.options.actionLabel?.(item.title) ?? `Present "${item.title}"`),
    );
  }

  private pick(p: PointingOptions): FieldPick {
    return {
      legend: 'Which line contradicts the statement?',
      selected: null,
      submitLabel: 'Point to this line',
      onPick: (field) => {
        const cb = p.onPoint;
        this.options = { onClose: this.options.onClose };
        this.returnFocus = null;
        this.dialog.close();
        cb(field);
      },
      onSkip: p.onSkip
        ? {
            label: 'Skip pointing',
            run: () => {
              const cb = p.onSkip!;
              this.options = { onClose: this.options.onClose };
              this.returnFocus = null;
              this.dialog.close();
              cb();
            },
          }
        : undefined,
    };
  }

  private present(id: string): void {
    const cb = this.options.onPresent;
    this.options = { onClose: this.options.onClose };
    this.returnFocus = null; // the action decides where focus goes next
    this.dialog.close();
    cb?.(id);
  }
}
