// The typewriter reveal of a dialogue line. The whole line is in the DOM from the start:
// the part not yet revealed is only transparent, so a screen reader (and the live region,
// which gets the full line at once) never sees half a sentence, and the words do not jump
// from one row to the next while they appear. The first Enter or click completes the line.
import { h } from './dom';

/** Characters per second; Infinity (instant text, or reduced motion) shows the line at once. */
export const reveal = { cps: 45 as number };

export class Typewriter {
  private timer: number | null = null;
  private done: (() => void) | null = null;

  /** True while a line is still appearing. */
  get busy(): boolean {
    return this.timer !== null;
  }

  show(el: HTMLElement, text: string, animate: boolean): void {
    this.stop();
    const cps = reveal.cps;
    if (!animate || !Number.isFinite(cps) || cps <= 0 || text.length < 2) {
      el.textContent = text;
      return;
    }
    el.textContent = '';
    const shown = h('span', { class: 'tw-shown' });
    const hidden = h('span', { class: 'tw-hidden' }, text);
    el.append(shown, hidden);
    const chars = Array.from(text); // code points, so no surrogate pair is split
    const started = performance.now();
    const finish = () => {
      this.stop();
      el.textContent = text;
    };
    this.done = finish;
    const tick = () => {
      const n = Math.min(chars.length, Math.floor(((performance.now() - started) / 1000) * cps) + 1);
      shown.textContent = chars.slice(0, n).join('');
      hidden.textContent = chars.slice(n).join('');
      if (n >= chars.length) finish();
      else this.timer = window.setTimeout(tick, 1000 / Math.min(cps, 60));
    };
    this.timer = window.setTimeout(tick, 0);
  }

  /** Completes the line if it is still appearing; true if it was (the key press is used up). */
  complete(): boolean {
    if (!this.busy) return false;
    this.done?.();
    return true;
  }

  stop(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    this.done = null;
  }
}
