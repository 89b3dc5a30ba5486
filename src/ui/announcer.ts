// One polite live region for screen readers: each new line is announced once, with the
// speaker named in words (the bust on the canvas is invisible to them).
import { byId } from './dom';

export class Announcer {
  private region = byId('live');
  private last = '';

  say(text: string): void {
    if (!text || text === this.last) return;
    this.last = text;
    // Replace rather than append: the region holds only the newest message, read once.
    this.region.textContent = '';
    const p = document.createElement('p');
    p.textContent = text;
    this.region.append(p);
  }
}
