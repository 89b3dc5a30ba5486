// `npm run index`: prints the content index of every case as JSON, from the story sources.
import { CASES } from '../src/content/caseList';
import { indexCase } from '../src/content/contentIndex';
import { loadCaseOrThrow } from './caseFiles';
import { walkCaseCached } from './walkCache';

const cases = CASES.map((c) => ((content) => indexCase(content, walkCaseCached(content)))(loadCaseOrThrow(c.id).content));
process.stdout.write(`${JSON.stringify({ generatedFrom: 'story/', cases }, null, 2)}\n`);
