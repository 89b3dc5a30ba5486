// The story walker plays every branch of a case and takes seconds to tens of seconds per case;
// the story tests, the browser tests' routes, the index and the checks all ask for the same
// walk. Its report is kept on disk under node_modules/.cache, keyed by the case's compiled
// content, the options, and the text of every source file of the game (the walker runs the
// real story core, so any change to the code walks afresh). The walk is deterministic, so a
// kept report is the report. EXHIBIT_WALK_CACHE=0 turns it off (EXHIBIT_CACHE_DIR moves it).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseContent } from '../src/story/caseSession';
import { walkCase, type WalkReport } from '../src/content/storyWalker';
import { cacheDir } from './cacheDir.ts';

const ROOT = join(import.meta.dirname, '..');
const CACHE_DIR = cacheDir('exhibit-walk');

let codeDigest: string | null = null;

/** One digest over every file under src/ (names and contents). */
function digestOfCode(): string {
  if (codeDigest) return codeDigest;
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(ts|json)$/.test(e.name)) hash.update(p.slice(ROOT.length)).update(readFileSync(p));
    }
  };
  visit(join(ROOT, 'src'));
  codeDigest = hash.digest('hex');
  return codeDigest;
}

export function walkCaseCached(content: CaseContent, opts: Parameters<typeof walkCase>[1] = {}): WalkReport {
  if (process.env.EXHIBIT_WALK_CACHE === '0') return walkCase(content, opts);
  const key = createHash('sha256').update(digestOfCode()).update(JSON.stringify(opts)).update(JSON.stringify(content)).digest('hex');
  const file = join(CACHE_DIR, `${content.id}-${key.slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as WalkReport;
  } catch {
    // not walked yet
  }
  const report = walkCase(content, opts);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`; // written whole, then renamed: parallel workers never read half a file
    writeFileSync(tmp, JSON.stringify(report));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return report;
}
