// Vite plugin: `import story from '../story/x/x.ink'` yields the compiled JSON string.
// Any ink error or warning fails the build (and the tests, which use the same config),
// naming the ink file and line. The compiler runs here, at build time, and never ships.
import type { Plugin } from 'vite';
import { compileInkFile, formatProblem, InkCompileError } from './inkCompile.ts';

export function inkPlugin(): Plugin {
  return {
    name: 'exhibit-ink',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.ink')) return null;
      const result = compileInkFile(id);
      for (const f of result.files) this.addWatchFile(f);
      if (result.problems.length > 0) {
        const err = new InkCompileError(result.problems);
        this.error(`Ink story failed to compile:\n${result.problems.map(formatProblem).join('\n')}`);
        throw err;
      }
      return { code: `export default ${JSON.stringify(result.json)};`, map: null };
    },
  };
}
