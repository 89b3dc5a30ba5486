import { describe, expect, it } from 'vitest';
import type { TestSpecification } from 'vitest/node';
import { longestFirst } from '../helpers/longestFirst';

const spec = (file: string) => ({ moduleId: `/repo/tests/${file}` }) as unknown as TestSpecification;
const names = (xs: TestSpecification[]) => xs.map((x) => x.moduleId.split('/').pop());

describe('longest-first test order', () => {
  it('starts listed files in the list order; unlisted ones first or last as asked', async () => {
    const files = [spec('e2e/small.e2e.test.ts'), spec('e2e/b.e2e.test.ts'), spec('e2e/a.e2e.test.ts')];
    const First = longestFirst(['a', 'b'], 'first');
    const Last = longestFirst(['a', 'b'], 'last');
    expect(names(await new First({} as never).sort(files))).toEqual(['small.e2e.test.ts', 'a.e2e.test.ts', 'b.e2e.test.ts']);
    expect(names(await new Last({} as never).sort(files))).toEqual(['a.e2e.test.ts', 'b.e2e.test.ts', 'small.e2e.test.ts']);
  });
});
