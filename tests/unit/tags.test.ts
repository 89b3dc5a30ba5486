import { describe, expect, it } from 'vitest';
import { idList, parseTag, parseTags, TagError } from '../../src/story/tags';

describe('ink tags become typed commands', () => {
  it('parses the stage directions a line can carry', () => {
    expect(parseTag('speaker: swen')).toEqual({ type: 'speaker', id: 'swen' });
    expect(parseTag(' expression : shaken ')).toEqual({ type: 'expression', name: 'shaken' });
    expect(parseTag('bg: drammen-court')).toEqual({ type: 'background', id: 'drammen-court' });
    expect(parseTag('sfx: gavel')).toEqual({ type: 'sound', id: 'gavel' });
    expect(parseTag('music: tense')).toEqual({ type: 'music', id: 'tense' });
    expect(parseTag('add: trip-south')).toEqual({ type: 'evidence-added', id: 'trip-south' });
    expect(parseTag('update: stolen-letter-paris shown')).toEqual({ type: 'evidence-updated', id: 'stolen-letter-paris', version: 'shown' });
    expect(parseTag('objection')).toEqual({ type: 'objection', kind: 'objection' });
    expect(parseTag('objection: hold-it')).toEqual({ type: 'objection', kind: 'hold-it' });
    expect(parseTag('credibility: -1')).toEqual({ type: 'credibility', delta: -1 });
    expect(parseTag('scene: The island, 13 August 1936')).toEqual({ type: 'scene', title: 'The island, 13 August 1936' });
    expect(parseTag('cross: ce_swen')).toEqual({ type: 'cross', id: 'ce_swen' });
    expect(parseTag('end: prologue')).toEqual({ type: 'ending', id: 'prologue' });
    expect(parseTag('cite: L276-278')).toEqual({ type: 'cite', cite: 'L276-278' });
    expect(parseTag('answer: a, b')).toEqual({ type: 'meta', key: 'answer', value: 'a, b' });
  });

  it('rejects unknown tags and bad values instead of ignoring them', () => {
    expect(() => parseTag('speakr: swen')).toThrow(TagError);
    expect(() => parseTag('expression: furious')).toThrow(/not one of/);
    expect(() => parseTag('credibility: 2')).toThrow(/\+N or -N/);
    expect(() => parseTag('speaker: Swen Smith')).toThrow(/not an id/);
    expect(() => parseTag('update: only-one')).toThrow(/item-id version/);
    expect(() => parseTags(['speaker: swen', 'nonsense'])).toThrow(/unknown tag "#nonsense"/);
  });

  it('can collect errors without throwing, for play in the browser', () => {
    const errors: string[] = [];
    const cmds = parseTags(['speaker: swen', 'nonsense'], (e) => errors.push(e.message));
    expect(cmds).toHaveLength(1);
    expect(errors).toEqual(['unknown tag "#nonsense"']);
  });

  it('splits item lists by commas or spaces', () => {
    expect(idList('a, b c')).toEqual(['a', 'b', 'c']);
    expect(idList(undefined)).toEqual([]);
  });
});
