// Loads a case from story/<id>/ in Node (tests, index, checks): compiles its ink with the
// same compiler the build uses and merges its record*.json files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CaseContent } from '../src/story/caseSession';
import { caseInfo, mergeRecords } from '../src/content/caseList';
import type { InkSource } from '../src/content/validateCase';
import { compileInkFile, InkCompileError, type InkProblem } from './inkCompile';

export const STORY_DIR = join(import.meta.dirname, '..', 'story');

export interface LoadedCase {
  content: CaseContent;
  sources: InkSource[];
  problems: InkProblem[];
  /** story/<case>/proofs.json as written (path relative to the repo), when the case has one. */
  proofsSource: InkSource | null;
}

export function loadCase(id: string, storyDir = STORY_DIR): LoadedCase {
  const dir = join(storyDir, id);
  const compiled = compileInkFile(join(dir, `${id}.ink`), join(storyDir, '..'));
  const info = caseInfo(id);
  const dirs = info?.shared ? [join(storyDir, info.shared), dir] : [dir];
  const recordFiles = dirs.flatMap((d) => readdirSync(d).filter((f) => /^record.*\.json$/.test(f)).sort().map((f) => join(d, f)));
  const record = mergeRecords(id, recordFiles.map((f) => JSON.parse(readFileSync(f, 'utf8'))));
  const proofsPath = join(dir, 'proofs.json');
  const proofsSource = existsSync(proofsPath) ? { file: relative(join(storyDir, '..'), proofsPath), text: readFileSync(proofsPath, 'utf8') } : null;
  let proofs;
  try {
    proofs = proofsSource ? JSON.parse(proofsSource.text) : undefined;
  } catch (e) {
    compiled.problems.push({ file: proofsSource!.file, line: 1, message: `not valid JSON: ${(e as Error).message}`, severity: 'error' } as InkProblem);
  }
  const sources = compiled.files.map((f) => ({ file: relative(join(storyDir, '..'), f), text: readFileSync(f, 'utf8') }));
  return {
    content: { id, title: info?.title ?? id, storyJson: compiled.json, record, ...(proofs ? { proofs } : {}) },
    sources,
    problems: compiled.problems,
    proofsSource,
  };
}

export function loadCaseOrThrow(id: string, storyDir = STORY_DIR): LoadedCase {
  const c = loadCase(id, storyDir);
  if (c.problems.length) throw new InkCompileError(c.problems);
  return c;
}
