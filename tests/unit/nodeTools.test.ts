// The npm scripts that check content (check:story, index, audit:md, fuzz) run under plain
// Node through tsx, not through Vite: a browser-only import (a Vite virtual module, a fetch
// at load) reaching their modules broke `check:story` once without any test noticing.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

const toolModules = ['tools/caseFiles.ts', 'tools/walkCache.ts', 'src/content/validateCase.ts', 'src/content/validateProofs.ts', 'src/content/contentIndex.ts', 'src/content/pacing.ts', 'tools/fuzzPlaythrough.ts'];

it('the content tools load under plain Node (tsx), without Vite', () => {
  const script = `Promise.all(${JSON.stringify(toolModules.map((m) => `./${m}`))}.map((m) => import(m))).then(() => console.log('loaded'))`;
  const out = execFileSync('node', ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(out.trim()).toBe('loaded');
}, 60_000);
