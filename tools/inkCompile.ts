// Compiles an .ink file with the inkjs compiler. Shared by the Vite plugin (build and
// Vitest), the content index and the story tests, so every consumer sees the same errors.
import { readFileSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

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

/** Compile `mainPath`; never throws for ink problems, returns them. countAllVisits is on so
 *  the story walker can measure which knots and stitches a playthrough reached. */
export function compileInkFile(mainPath: string, cwd = process.cwd()): InkCompileResult {
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
