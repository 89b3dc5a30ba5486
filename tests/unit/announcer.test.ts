// @vitest-environment happy-dom
// The announcer with the virtual screen reader listening, in a DOM without a browser: two
// messages said in one tick are both heard, in order; a region refilled in the same tick (the
// old Announcer) loses the first, which is what the browser test would catch.
import { afterEach, describe, expect, it } from 'vitest';
import { virtual } from '@guidepup/virtual-screen-reader';
import { Announcer } from '../../src/ui/announcer';

function region(): HTMLElement {
  document.body.innerHTML = '<main><p>Game</p></main><div id="live" aria-live="polite" aria-atomic="true"></div>';
  return document.getElementById('live')!;
}

const quiet = () =>
  new Promise<void>((resolve) => {
    const check = () => (document.documentElement.dataset.announcing ? setTimeout(check, 5) : setTimeout(resolve, 5));
    check();
  });

/** What the reader heard from the live region (one change can be several mutation records: said once). */
const heard = async () =>
  (await virtual.spokenPhraseLog())
    .filter((p) => p.startsWith('polite: '))
    .map((p) => p.slice('polite: '.length))
    .filter((p, i, all) => p !== all[i - 1]);

afterEach(async () => {
  await virtual.stop();
});

describe('announcer and a screen reader', () => {
  it('every message said in one tick is heard, in order', async () => {
    const live = region();
    await virtual.start({ container: document.body });
    const a = new Announcer(live);
    a.gap = 5;
    a.say('Wrong evidence. One credibility mark lost; 4 left.');
    a.say('Added to the court record: Police badge.');
    a.say('Swen: We are here on official business.');
    await quiet();
    expect(await heard()).toEqual([
      'Wrong evidence. One credibility mark lost; 4 left.',
      'Added to the court record: Police badge.',
      'Swen: We are here on official business.',
    ]);
  });

  it('a region emptied and refilled in the same tick is heard once, with the last message only', async () => {
    const live = region();
    await virtual.start({ container: document.body });
    const overwrite = (text: string) => {
      live.textContent = '';
      const p = document.createElement('p');
      p.textContent = text;
      live.append(p);
    };
    overwrite('Wrong evidence. One credibility mark lost; 4 left.');
    overwrite('Swen: We are here on official business.');
    await new Promise((r) => setTimeout(r, 20));
    expect(await heard()).not.toContain('Wrong evidence. One credibility mark lost; 4 left.');
    expect(await heard()).toContain('Swen: We are here on official business.');
  });
});
