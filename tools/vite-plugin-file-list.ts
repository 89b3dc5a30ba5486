// Vite plugin: after the build, writes dist/game-files.json, the list of every file of the
// game (paths relative to the site). The teacher page fetches it to put the deployed game
// into a SCORM package in the browser (src/ui/lmsDownload.ts); build:scorm reads it too.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const FILE_LIST = 'game-files.json';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => f !== FILE_LIST).sort();
}

export function fileListPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'exhibit-file-list',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      config = c;
    },
    closeBundle: {
      order: 'post',
      handler() {
        const dir = join(config.root, config.build.outDir);
        writeFileSync(join(dir, FILE_LIST), JSON.stringify({ files: listFiles(dir) }));
      },
    },
  };
}
