// The dialogue box: who speaks (in words), the line, its source, and the choices.
import type { ChoiceView, Line } from '../story/caseSession';
import { citationLabel } from '../story/citation';
import { byId, clear, h, setHidden, setText } from './dom';
import type { RecordItem } from '../story/courtRecord';
import { renderFacsimile } from './facsimile';
import { Typewriter } from './typewriter';
import { keyAttr, kbd } from './shortcuts';

/** The note of a line tagged # dramatized (empty string when the tag has none), or null. */
export function dramatizedNote(line: Pick<Line, 'commands'> | null): string | null {
  const c = line?.commands.find((x) => x.type === 'dramatized');
  return c && c.type === 'dramatized' ? c.note : null;
}

export function dramatizedLabel(note: string): string {
  return note ? `Dramatized: ${note}` : 'Dramatized';
}

export class DialogueBox {
  private root = byId('dialogue');
  private name = byId('nameplate');
  private text = byId('line-text');
  private source = byId('line-source');
  private dramatized = byId('line-dramatized');
  private choices = byId('choices');
  readonly next = byId<HTMLButtonElement>('btn-next');
  private typewriter = new Typewriter();

  show(visible: boolean): void {
    setHidden(this.root, !visible);
  }

  /** animate: reveal the line at the player's text speed (a new line; not a line shown again with choices). */
  renderLine(line: Line | null, speakerName: string | null, animate = false): void {
    setText(this.name, speakerName ?? ''); // the speaker's name, the source and the label: often as they were
    this.typewriter.show(this.text, line?.text ?? '', animate);
    this.root.classList.toggle('tip', Boolean(line && !speakerName && /^Tip:/.test(line.text)));
    setText(this.source, line?.cite ? `Source: ${citationLabel(line.cite)}` : '');
    const note = dramatizedNote(line);
    setHidden(this.dramatized, note === null);
    setText(this.dramatized, note === null ? '' : dramatizedLabel(note));
  }

  renderChoices(choices: ChoiceView[], onChoose: (index: number) => void): void {
    clear(this.choices);
    choices.forEach((c, i) => {
      this.choices.append(
        h('button', { type: 'button', 'data-choice': c.index, ...(i < 9 ? keyAttr(String(i + 1)) : {}), onclick: () => onChoose(c.index) },
          i < 9 ? kbd(String(i + 1)) : null, ' ', c.text),
      );
    });
    setHidden(this.next, choices.length > 0);
  }

  /** A source check shows the source being judged beside the question. */
  renderSourceCheck(item: RecordItem | null): void {
    const card = byId('source-card');
    clear(card);
    setHidden(card, !item);
    // The source takes the stage's room while it is judged (beside the question on a wide
    // screen, above it on a phone), so the whole document can be read.
    this.root.classList.toggle('with-source', Boolean(item));
    document.body.classList.toggle('source-check', Boolean(item));
    if (!item) return;
    // Who issued it, when, and how it reached us: what the questions ask about.
    const facts = h('dl', { class: 'source-check-facts' },
      h('dt', {}, 'Issued by'), h('dd', {}, item.issuer || 'not recorded'),
      h('dt', {}, 'Date'), h('dd', {}, item.date || 'not recorded'),
      h('dt', {}, 'How it reached us'), h('dd', {}, item.provenance || 'not recorded'),
    );
    card.append(h('p', { class: 'source-check-label' }, 'Source check'), h('p', { class: 'source-check-title' }, item.title), facts, renderFacsimile(item));
    card.scrollTop = 0; // each question opens the source at its top
  }

  setNextLabel(label: string, key?: string): void {
    clear(this.next);
    this.next.append(label, key ? kbd(key) : '');
  }

  /** Completes a line still appearing; true if it was, so the key or click is used up. */
  completeLine(): boolean {
    return this.typewriter.complete();
  }

  /**
   * Focus goes to the group of choices, not to choice 1: a fast Enter meant for the line before
   * never picks an answer. A choice takes a deliberate digit, a click, or Tab then Enter.
   */
  focusFirstChoice(): void {
    this.choices.tabIndex = -1;
    this.choices.focus();
  }
}
