// The source check: a question about a source (# check: <item> <prompt>), answered by the
// ink choices that follow it; the answer a historian would give is tagged #best. No marks
// are lost and nothing is kept but the student's log: each answer is logged with the item,
// the prompt and whether it was the best, for the report.
import type { StudentLog } from './studentLog';
import type { Line } from './view';
import type { InkChoice } from './inkDriver';
import { hasMeta } from './tags';

/** The source-check question the line asks, if it asks one. */
export function sourceCheckOf(line: Line | null): { item: string; prompt: string } | null {
  const c = line?.commands.find((x) => x.type === 'source-check');
  return c && c.type === 'source-check' ? { item: c.item, prompt: c.prompt } : null;
}

/** A choice was made: if it answers a source check, log the answer. */
export function answerSourceCheck(line: Line | null, choice: InkChoice, log: StudentLog): void {
  const check = sourceCheckOf(line);
  if (check) log.append({ kind: 'source-check', item: check.item, prompt: check.prompt, answer: choice.text, best: hasMeta(choice.commands, 'best') });
}
