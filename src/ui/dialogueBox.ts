// The dialogue box: who speaks (in words), the line, its source, and the choices.
import type { ChoiceView, Line } from '../story/caseSession';
import { citationLabel } from '../story/citation';
import { byId, clear, h } from './dom';

export class DialogueBox {
  private root = byId('dialogue');
  private name = byId('nameplate');
  private text = byId('line-text');
  private source = byId('line-source');
  private choices = byId('choices');
  readonly next = byId<HTMLButtonElement>('btn-next');

  show(visible: boolean): void {
    this.root.hidden = !visible;
  }

  renderLine(line: Line | null, speakerName: string | null): void {
    this.name.textContent = speakerName ?? '';
    this.text.textContent = line?.text ?? '';
    this.root.classList.toggle('tip', Boolean(line && !speakerName && /^Tip:/.test(line.text)));
    this.source.textContent = line?.cite ? `Source: ${citationLabel(line.cite)}` : '';
  }

  renderChoices(choices: ChoiceView[], onChoose: (index: number) => void): void {
    clear(this.choices);
    choices.forEach((c, i) => {
      this.choices.append(
        h('button', { type: 'button', 'data-choice': c.index, 'aria-keyshortcuts': i < 9 ? String(i + 1) : null, onclick: () => onChoose(c.index) },
          i < 9 ? h('kbd', {}, String(i + 1)) : null, ' ', c.text),
      );
    });
    this.next.hidden = choices.length > 0;
  }

  setNextLabel(label: string, key?: string): void {
    clear(this.next);
    this.next.append(label, key ? h('kbd', {}, key) : '');
  }

  focusFirstChoice(): void {
    this.choices.querySelector<HTMLElement>('button')?.focus();
  }
}
