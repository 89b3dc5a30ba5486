// Compiles an .ink file with the inkjs compiler. Shared by the Vite plugin (build and
// Vitest), the content index and the story tests, so every consumer sees the same errors.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { cacheDir } from './cacheDir.ts';

export interface InkProblem {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  message: string;
}

export interface InkCompileResult {
  json: string;
  files: string[];
  problems: InkProblem[];
}

export class InkCompileError extends Error {
  constructor(public problems: InkProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InkCompileError';
  }
}

export function formatProblem(p: InkProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`;
}

// inkjs reports "ERROR: 'path/file.ink' line 12: message" (or without the file for the main one).
function parseMessage(raw: string, mainFile: string, severity: InkProblem['severity']): InkProblem {
  const m = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING)?:?\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s.exec(raw.trim());
  if (m) return { severity, file: m[1] ?? mainFile, line: Number(m[2]), message: m[3].trim() };
  return { severity, file: mainFile, line: null, message: raw.trim() };
}

// Compiling every case takes seconds, and every test file, the index, the checks and the
// build compile them again: a result is kept on disk under node_modules/.cache, keyed by the
// main file and checked against the contents of every file it included, so an edit to any
// of them compiles afresh. EXHIBIT_INK_CACHE=0 turns it off (EXHIBIT_CACHE_DIR moves it).
const CACHE_DIR = cacheDir('exhibit-ink');
const CACHE_VERSION = 1;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

interface CacheEntry {
  version: number;
  cwd: string;
  files: Array<{ path: string; hash: string }>;
  result: InkCompileResult;
}

function cached(absMain: string, cwd: string): InkCompileResult | null {
  try {
    const entry = JSON.parse(readFileSync(join(CACHE_DIR, `${digest(absMain)}.json`), 'utf8')) as CacheEntry;
    if (entry.version !== CACHE_VERSION || entry.cwd !== cwd) return null;
    for (const f of entry.files) if (digest(readFileSync(f.path, 'utf8')) !== f.hash) return null;
    return entry.result;
  } catch {
    return null;
  }
}

function keep(absMain: string, cwd: string, result: InkCompileResult): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const entry: CacheEntry = { version: CACHE_VERSION, cwd, files: [...new Set(result.files)].map((path) => ({ path, hash: digest(readFileSync(path, 'utf8')) })), result };
    const file = join(CACHE_DIR, `${digest(absMain)}.json`);
    const tmp = `${file}.${process.pid}.tmp`; // written whole, then renamed: parallel workers never read half a file
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Compile `mainPath`; never throws for ink problems, returns them. countAllVisits is on so
 *  the story walker can measure which knots and stitches a playthrough reached. */
export function compileInkFile(mainPath: string, cwd = process.cwd()): InkCompileResult {
  const useCache = process.env.EXHIBIT_INK_CACHE !== '0';
  const absMain = resolve(mainPath);
  const hit = useCache ? cached(absMain, cwd) : null;
  if (hit) return structuredClone(hit);
  const result = compileUncached(absMain, cwd);
  if (useCache) keep(absMain, cwd, result);
  return result;
}

function compileUncached(mainPath: string, cwd: string): InkCompileResult {
  const absMain = resolve(mainPath);
  const shown = (abs: string) => relative(cwd, abs) || abs;
  const files = [absMain];
  const problems: InkProblem[] = [];
  const handler = {
    ResolveInkFilename: (name: string) => resolve(dirname(absMain), name),
    LoadInkFileContents: (abs: string) => {
      files.push(abs);
      return readFileSync(abs, 'utf8');
    },
  };
  const options = new CompilerOptions(shown(absMain), [], true, (msg: string, type: number) => {
    if (type === 0) return; // author TODOs are not problems
    problems.push(parseMessage(msg, shown(absMain), type === 2 ? 'error' : 'warning'));
  }, handler as never);
  let json = '';
  try {
    const story = new Compiler(readFileSync(absMain, 'utf8'), options).Compile();
    if (story) json = story.ToJson() ?? '';
  } catch (e) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push({ severity: 'error', file: shown(absMain), line: null, message: (e as Error).message.split('\n')[0] });
    }
  }
  return { json: json.replace(/^\uFEFF/, ''), files, problems };
}
