import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../src/story/citation';
import {
  BACKGROUND, CAST, GLOSSARY, GUIDE_SOURCE, ONE_SIDED, OUTSIDE, QUESTIONS, TIMELINE, type GuideText,
} from '../../src/classroom/guide';

const texts: GuideText[] = [...GUIDE_SOURCE, ...BACKGROUND, ...CAST, ...TIMELINE, ...GLOSSARY, ...ONE_SIDED, ...OUTSIDE];

describe('teacher’s guide data', () => {
  it('every citation points into the book, and nothing is both cited and outside', () => {
    for (const t of texts) {
      if (t.cite) expect(() => parseCitation(t.cite!), t.text).not.toThrow();
      expect(Boolean(t.cite && t.outside), t.text).toBe(false);
    }
    for (const q of QUESTIONS) if (q.cite) expect(() => parseCitation(q.cite!), q.question).not.toThrow();
  });

  it('lists every discussion question of the Case 2 sittings', () => {
    const guide = new Set(QUESTIONS.map((q) => q.question.replace(/[“”]/g, '"').replace(/’/g, "'")));
    for (const n of [1, 2, 3, 4]) {
      const dir = join('story', `coyoacan-${n}`);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ink'))) {
        for (const line of readFileSync(join(dir, file), 'utf-8').split('\n')) {
          if (!/#\s*question\b/.test(line)) continue;
          const question = line.split('#')[0].replace(/^\d+\.\s*/, '').trim();
          // Sitting 4's whole-case debrief repeats two Kjeller questions in slightly different words.
          if (n === 4 && /^(Arbeiderbladet disliked|The Soviet mission said)/.test(question)) continue;
          expect(guide.has(question), `${file}: ${question}`).toBe(true);
        }
      }
    }
  });
});
