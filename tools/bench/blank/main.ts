// The bench's baseline (tools/bench.ts): a blank Phaser 4 page built by Vite, nothing else.
// It is "interactive" once its one empty scene has been created, as the game's stage is.
import * as Phaser from 'phaser';

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  width: 1280,
  height: 720,
  backgroundColor: '#1b1a17',
  banner: false,
  scene: {
    create() {
      document.documentElement.dataset.ready = 'true';
    },
  },
});
