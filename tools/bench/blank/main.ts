// The bench's baseline (tools/bench.ts): a blank Phaser 4 page built by Vite, nothing else.
// It is "interactive" once its one empty scene has been created, as the game's stage is.
//
// With `?step` it is also the reference for the story step: its loop asleep once the scene is
// drawn (as the game's stage is between pictures), and a paragraph set as the game's line text
// is, whose text Enter replaces with the next of the lines the bench hands it (the game's own,
// so the same text is shaped and laid out). What that costs is the browser's floor for a
// line: the Enter's dispatch, a text change, style, layout, paint and commit.
import * as Phaser from 'phaser';

const stepMode = new URLSearchParams(location.search).has('step');

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  width: 1280,
  height: 720,
  backgroundColor: '#1b1a17',
  banner: false,
  scene: {
    create() {
      if (stepMode) this.game.events.once(Phaser.Core.Events.POST_RENDER, () => setTimeout(() => game.loop.sleep()));
      document.documentElement.dataset.ready = 'true';
    },
  },
});

if (stepMode) {
  document.documentElement.classList.add('step');
  (window as unknown as { __game: Phaser.Game }).__game = game; // the bench waits for its loop to sleep
  const line = document.getElementById('line-text')!;
  line.hidden = false;
  let next = 0;
  addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const lines = (window as unknown as { __lines?: string[] }).__lines ?? ['A line.'];
    line.textContent = lines[next++ % lines.length];
  });
}
