// What the browser tests need to know about a case, computed in Node from its sources:
// the compiled content, the winning route the story walker found, and the content index.
import { indexCase } from '../../src/content/contentIndex';
import { loadCaseOrThrow } from '../../tools/caseFiles';
import { walkCaseCached } from '../../tools/walkCache';

export function caseRoute(id: string) {
  const content = loadCaseOrThrow(id).content;
  const walk = walkCaseCached(content);
  return { content, route: walk.solution!, index: indexCase(content, walk) };
}
