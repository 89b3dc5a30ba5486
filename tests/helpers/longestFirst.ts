// The order test files start in: the longest first, so that on two workers the short ones fill
// the gaps at the end (longest-processing-time-first). Vitest's own order puts unknown files
// first and then the largest files, and on a fresh clone every file is unknown: the small
// files that play a whole case (sittings.e2e.test.ts, cases-coyoacan-4.test.ts) started last
// and ran alone while the other worker sat idle. Files are named by their base name without
// `.test.ts` / `.e2e.test.ts`. A file not in the list goes first (`unlisted: 'first'`, for the
// browser tests: a new one may be long, and first it does no harm) or last (the Node tests,
// where only the long files are listed).
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export function longestFirst(order: readonly string[], unlisted: 'first' | 'last'): typeof BaseSequencer {
  const rank = (spec: TestSpecification) => {
    const at = order.indexOf(basename(spec.moduleId).replace(/(\.e2e)?\.test\.ts$/, ''));
    return at >= 0 ? at : unlisted === 'first' ? -1 : order.length;
  };
  return class LongestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      return [...files].sort((a, b) => rank(a) - rank(b));
    }
  };
}
