// `npm run audit:md`: writes story/AUDIT.md from every case's proofs.json, the reviewers'
// story/audit-verdicts.json and the writers' story/audit-addressed.json.
// `npm run audit:md -- --check` only says whether story/AUDIT.md is up to date (exit 1 if not).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from '../src/content/caseList';
import { auditMarkdown, type AuditStatement } from '../src/content/auditTable';
import { CaseSession } from '../src/story/caseSession';
import { loadCaseOrThrow, STORY_DIR } from './caseFiles';

export function auditStatements(): AuditStatement[] {
  return CASES.flatMap((c) => {
    const content = loadCaseOrThrow(c.id).content;
    const session = new CaseSession(content, { strict: true });
    return session.crossIds().flatMap((cross) => {
      const m = session.crossModel(cross);
      return m.statements
        .filter((s) => s.answers.length)
        .map((s) => ({ caseId: c.id, cross, crossTitle: m.title, statement: s.id, text: s.text, answers: s.answers, proof: content.proofs?.proofs[`${cross}.${s.id}`] ?? null }));
    });
  });
}

export function auditFile(): string {
  const read = (f: string) => JSON.parse(readFileSync(join(STORY_DIR, f), 'utf8'));
  return auditMarkdown(auditStatements(), read('audit-verdicts.json'), read('audit-addressed.json'));
}

export const AUDIT_PATH = join(STORY_DIR, 'AUDIT.md');

if (process.argv[1]?.endsWith('audit-md.ts')) {
  const text = auditFile();
  if (process.argv.includes('--check')) {
    const ok = readFileSync(AUDIT_PATH, 'utf8') === text;
    console.log(ok ? 'story/AUDIT.md is up to date' : 'story/AUDIT.md is stale: run npm run audit:md');
    process.exit(ok ? 0 : 1);
  }
  writeFileSync(AUDIT_PATH, text);
  console.log('wrote story/AUDIT.md');
}
