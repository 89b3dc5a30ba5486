// The case validator: names every broken reference by file and line before anyone plays.
// It reads the ink sources (for tags anywhere, reachable or not) and the compiled story
// (for cross-examination structure). Used by the story tests, `npm run index` and, later,
// to check a teacher's scenario pack in the browser.
import { CaseSession, type CaseContent } from '../story/caseSession';
import { parseCitation } from '../story/citation';
import { crossModelProblems } from '../story/crossExamination';
import { deductionProblems, deductionWordingProblems } from '../story/deduction';
import { boardProblems } from '../story/timelineBoard';
import { validateRecordData } from '../story/courtRecord';
import { idList, parseTag, TagError } from '../story/tags';
import { proofProblems, type ProofCheckOptions } from './validateProofs';
import { isChecked } from './checkedCases';
import { artProblem, type ArtManifest } from '../stage/artManifest';
import artManifest from '../../assets/art/manifest.json';
import { caseInfo } from './caseList';
import { CONCLUSION_PROMPT, sourceCheckBlocks, sourceCheckProblems } from '../story/sourceCheck';

export interface InkSource {
  file: string;
  text: string;
}

/** Tags written in an ink source, with their line numbers. */
export function tagsInSource(src: InkSource): Array<{ line: number; tag: string }> {
  const out: Array<{ line: number; tag: string }> = [];
  let inBlockComment = false;
  src.text.split('\n').forEach((raw, i) => {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    const start = line.indexOf('/*');
    if (start >= 0 && line.indexOf('*/', start) < 0) {
      line = line.slice(0, start);
      inBlockComment = true;
    }
    line = line.replace(/\/\*.*?\*\//g, '').replace(/(^|[^:])\/\/.*$/, '$1');
    const parts = line.replace(/\\#/g, '').split('#');
    for (const part of parts.slice(1)) {
      const tag = part.replace(/\].*$/, '').trim();
      if (tag) out.push({ line: i + 1, tag });
    }
  });
  return out;
}

/** `opts.proofsSource` (proofs.json as written) gives proof refusals their line numbers;
 *  `opts.checked` applies a finished case's checks (default: listed in checkedCases.ts). */
export function validateCase(content: CaseContent, sources: InkSource[], opts: ProofCheckOptions & { art?: ArtManifest } = {}): string[] {
  // The game's own cases must have art for every speaker and background (no placeholder ships);
  // test fixtures are checked against art only when they pass a manifest.
  const art_ = opts.art ?? (caseInfo(content.id) ? artManifest : null);
  const problems: string[] = validateRecordData(content.record, `${content.id} record`);
  if (problems.length) return problems;
  const items = new Map(content.record.items.map((i) => [i.id, i]));
  const profiles = new Set(content.record.items.filter((i) => i.kind === 'profile').map((i) => i.id));
  const requireItem = (id: string, where: string) => {
    if (!items.has(id)) problems.push(`${where}: no court-record item "${id}"`);
  };

  for (const src of sources) {
    // Source checks make the student reason: own feedback per answer, answer again after a wrong one.
    for (const b of sourceCheckBlocks(src.file, src.text)) problems.push(...sourceCheckProblems(b));
    for (const { line, tag } of tagsInSource(src)) {
      const where = `${src.file}:${line}`;
      let cmd;
      try {
        cmd = parseTag(tag);
      } catch (e) {
        if (e instanceof TagError) {
          problems.push(`${where}: ${e.message}`);
          continue;
        }
        throw e;
      }
      switch (cmd.type) {
        case 'speaker': {
          if (cmd.id !== 'narrator' && !profiles.has(cmd.id)) problems.push(`${where}: speaker "${cmd.id}" has no profile in the record`);
          const art = art_ && artProblem(art_, 'speaker', cmd.id); // no placeholder ships: every speaker is drawn
          if (art) problems.push(`${where}: ${art}`);
          break;
        }
        case 'background': {
          const art = art_ && artProblem(art_, 'background', cmd.id);
          if (art) problems.push(`${where}: ${art}`);
          break;
        }
        case 'evidence-added':
          requireItem(cmd.id, where);
          break;
        case 'evidence-updated':
          requireItem(cmd.id, where);
          if (items.has(cmd.id) && !items.get(cmd.id)!.versions?.[cmd.version]) problems.push(`${where}: "${cmd.id}" has no version "${cmd.version}"`);
          break;
        case 'cite':
          try {
            parseCitation(cmd.cite);
          } catch (e) {
            problems.push(`${where}: ${(e as Error).message}`);
          }
          break;
        case 'source-check':
          requireItem(cmd.item, where);
          break;
        case 'meta':
          if (cmd.key === 'answer' || cmd.key === 'wrong' || cmd.key === 'witness' || cmd.key === 'transcript') {
            for (const id of idList(cmd.value)) requireItem(id, where);
          }
          if (cmd.key === 'combine') {
            const ids = cmd.value.split('+').map((x) => x.trim()).filter(Boolean);
            if (ids.length !== 2) problems.push(`${where}: "# combine:" names two items: a + b`);
            for (const id of ids) requireItem(id, where);
          }
          if (cmd.key === 'point') {
            const [item, field] = cmd.value.split('.');
            requireItem(item, where);
            if (items.has(item) && !items.get(item)!.facsimile.fields.some((f) => f.key === field)) {
              problems.push(`${where}: "${item}" has no facsimile field "${field}"`);
            }
          }
          break;
        default:
          break;
      }
    }
  }

  let session: CaseSession;
  try {
    session = new CaseSession(content, { strict: true });
  } catch (e) {
    return [...problems, `${content.id}: ${(e as Error).message}`];
  }
  for (const id of session.crossIds()) {
    try {
      const model = session.crossModel(id);
      problems.push(...crossModelProblems(model));
      if (!profiles.has(model.witness)) problems.push(`${id}: witness "${model.witness}" has no profile`);
      const art = model.transcript || !art_ ? null : artProblem(art_, 'speaker', model.witness);
      if (art) problems.push(`${id}: witness ${art}`);
    } catch (e) {
      problems.push(`${id}: ${(e as Error).message}`);
    }
  }
  const checks = sources.flatMap((src) => sourceCheckBlocks(src.file, src.text));
  for (const id of session.activityIds('deduction')) {
    try {
      const m = session.deductionModel(id);
      problems.push(...deductionProblems(m));
      // The player forms the conclusion (deduction.ts): a question in the right stitch, and
      // neither title nor prompt says it, or names the facts to combine.
      const asks = checks.filter((b) => b.knot === id && b.prompt === CONCLUSION_PROMPT);
      if (!asks.length) problems.push(`${id}: the right pair leads to the conclusion as a question ("- (label) … # check: <conclusion-item> conclusion" in stitch right, tempting candidates, one #best)`);
      for (const b of asks) if (b.stitch !== 'right') problems.push(`${b.file}:${b.line}: the conclusion question belongs in ${id}.right`);
      const conclusions = asks.flatMap((b) => [...b.options.filter((o) => o.best).map((o) => o.text), items.get(b.item)?.title ?? '']);
      const facts = [...new Set(m.right.flat())].map((x) => items.get(x)?.title ?? x);
      problems.push(...deductionWordingProblems(m, conclusions, facts));
    } catch (e) {
      problems.push(`${id}: ${(e as Error).message}`);
    }
  }
  for (const id of session.activityIds('board')) {
    try {
      const m = session.boardModel(id);
      problems.push(...boardProblems(m));
      for (const c of m.cards) {
        if (c.cite) {
          try {
            parseCitation(c.cite);
          } catch (e) {
            problems.push(`${id}.${c.id}: ${(e as Error).message}`);
          }
        } else problems.push(`${id}.${c.id}: every card cites its source (# cite: L…)`);
      }
    } catch (e) {
      problems.push(`${id}: ${(e as Error).message}`);
    }
  }
  problems.push(...proofProblems(content, sources, { ...opts, checked: opts.checked ?? isChecked(content.id) }));
  return problems;
}
