// One polite live region for screen readers, fed by an utterance queue: every message is
// read, in order, each in its own turn (see utteranceQueue.ts). Lines come with the speaker
// named in words (the bust on the canvas is invisible to them).
// While messages wait, <html data-announcing> is set and each written message fires an
// "announce" event on the document, so tests wait on the game instead of on time.
import { byId } from './dom';
import { UtteranceQueue } from './utteranceQueue';

export class Announcer {
  private readonly queue: UtteranceQueue;

  constructor(region: HTMLElement = byId('live')) {
    this.queue = new UtteranceQueue({
      write: (text) => {
        // A fresh node each time, so the same words said again are still a change to the region.
        const p = document.createElement('p');
        p.textContent = text;
        region.replaceChildren(p);
        document.dispatchEvent(new CustomEvent('announce', { detail: text }));
      },
      onBusy: (busy) => {
        if (busy) document.documentElement.dataset.announcing = 'true';
        else delete document.documentElement.dataset.announcing;
      },
    });
  }

  say(text: string): void {
    this.queue.say(text);
  }

  /** Forgets what is still waiting (leaving a case: the title screen speaks for itself). */
  clear(): void {
    this.queue.clear();
  }

  /** Time between two messages (the browser tests may shorten it; never to zero). */
  set gap(ms: number) {
    this.queue.gap = Math.max(1, ms);
  }
}

/** One announcer for the whole page: play, results and title share the live region's turns. */
let shared: Announcer | null = null;
export function announcer(): Announcer {
  shared ??= new Announcer();
  return shared;
}
