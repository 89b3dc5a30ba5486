// Names the stage's code (its chunk and Phaser's) in index.html, as
// <meta name="stage-code" content="./assets/stage-….js ./assets/phaser-….js">, so that the game
// can prefetch it once the title is interactive (main.ts). The names carry content hashes
// that only the build knows, hence a build step rather than a list in the source.
import type { Plugin } from 'vite';

export function stagePrefetchPlugin(): Plugin {
  return {
    name: 'exhibit-stage-prefetch',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const inEntry = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const stage = chunks.find((c) => c.isDynamicEntry && c.moduleIds.some((id) => /[\\/]src[\\/]stage[\\/]stage\.ts$/.test(id)));
        if (!stage) return html;
        const files = [stage.fileName, ...stage.imports.filter((f) => !inEntry.has(f))];
        return { html, tags: [{ tag: 'meta', attrs: { name: 'stage-code', content: files.map((f) => `./${f}`).join(' ') }, injectTo: 'head' }] };
      },
    },
  };
}
