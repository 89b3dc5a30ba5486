// Reading the next line ahead (InkDriver.lookAhead, called by the screen in an idle moment while
// a line is read) must change nothing but when ink does its work: the same views, events and
// saves, whatever the player does next. Twin sessions play the same random tapes, one of them
// reading ahead after every action it is told to; they are compared after each action.
import fc from 'fast-check';
import { Compiler } from 'inkjs/full';
import { describe, expect, it, vi } from 'vitest';
import { CASES } from '../../src/content/caseList';
import { CaseSession, type SessionEvent } from '../../src/story/caseSession';
import { InkDriver } from '../../src/story/inkDriver';
import { readAside } from '../../src/story/inkStory';
import { actions, reload, tapeArb } from '../../tools/fuzzPlaythrough';
import { fakeClock, storyCase } from '../helpers/cases';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3);

/** Each ink story draws its own random seed when made: twins are given the same one. */
const seeded = (s: CaseSession): CaseSession => ((s.story.state.storySeed = 1937), s);

describe.each(CASES.map((c) => c.id))('case %s, a line read ahead', (id) => {
  const { content } = storyCase(id);

  it('plays exactly as without it: the same views, events and saves after every action', () => {
    let readAhead = 0;
    fc.assert(
      fc.property(tapeArb(100), fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }), (tape, ahead) => {
        const twins = [0, 1].map(() => seeded(new CaseSession(content, { strict: true, clock: fakeClock(), mode: tape.mode })));
        const events: SessionEvent[][] = [[], []];
        const listen = () => twins.forEach((s, i) => s.on((e) => events[i].push(e)));
        listen();
        twins.forEach((s) => s.start());
        tape.steps.forEach(({ pick, reload: r }, n) => {
          const [plain, reader] = twins;
          if (ahead[n] && reader.view().phase === 'line') {
            reader.lookAhead();
            reader.lookAhead(); // twice is once
            readAhead++;
          }
          // The same action on both: the screens offer the same ones.
          const a = actions(plain, pick);
          const b = actions(reader, pick);
          expect(b.length).toBe(a.length);
          if (!a.length) return;
          a[pick % a.length]();
          b[pick % b.length]();
          expect(JSON.stringify(reader.view())).toBe(JSON.stringify(plain.view()));
          expect(JSON.stringify(events[1])).toBe(JSON.stringify(events[0]));
          // Read ahead again before comparing saves: a save is of the line on screen.
          if (reader.view().phase === 'line') reader.lookAhead();
          expect(JSON.stringify(reader.save())).toBe(JSON.stringify(plain.save()));
          if (r) {
            twins[0] = reload(content, plain);
            twins[1] = reload(content, reader);
            events[0] = [];
            events[1] = [];
            listen();
          }
        });
      }),
      { numRuns: RUNS, seed: 1937 },
    );
    expect(readAhead).toBeGreaterThan(10);
  });
});

describe('a line read ahead', () => {
  const { content } = storyCase('prologue');

  it('is handed over without moving ink again', () => {
    const s = new CaseSession(content, { strict: true, clock: fakeClock() });
    s.start();
    const continued = vi.spyOn(s.story, 'Continue');
    s.lookAhead();
    expect(continued).toHaveBeenCalled();
    continued.mockClear();
    s.advance();
    expect(continued).not.toHaveBeenCalled();
    expect(s.view().phase).toBe('line');
  });

  it('is put back by a jump, and a save taken meanwhile is of the line on screen', () => {
    const a = seeded(new CaseSession(content, { strict: true, clock: fakeClock() }));
    const b = seeded(new CaseSession(content, { strict: true, clock: fakeClock() }));
    a.start();
    b.start();
    b.lookAhead();
    const saved = b.save();
    expect(JSON.stringify(saved)).toBe(JSON.stringify(a.save()));
    const restored = new CaseSession(content, { strict: true, clock: fakeClock() });
    restored.load(JSON.parse(JSON.stringify(saved)));
    a.advance();
    restored.advance();
    expect(restored.view()).toEqual(a.view());
  });
});

describe('the ink driver reading ahead', () => {
  const story = (ink: string) => new Compiler(ink).Compile().ToJson()!;
  /** Two drivers of one story, the same seed, each past its first line: one will read ahead. */
  const twinDriversAtFirstLine = (json: string): [InkDriver, InkDriver] => {
    const twins: [InkDriver, InkDriver] = [new InkDriver(json, () => {}), new InkDriver(json, () => {})];
    for (const d of twins) {
      d.story.state.storySeed = 7;
      d.next(() => {});
    }
    return twins;
  };

  it('tells a tag that does not parse at the step, in its place among the commands', () => {
    const json = story('First. #speaker: swen\n#speakr: typo\n#expression: pressed\nSecond.\n-> END\n');
    const seen: string[] = [];
    const driver = new InkDriver(json, (e) => seen.push(`error ${e.message}`));
    const first = driver.next(() => {});
    expect(first?.text).toBe('First.');
    driver.lookAhead();
    expect(seen).toEqual([]); // nothing told while reading ahead
    const second = driver.next((cmds) => seen.push(`commands ${cmds.map((c) => c.type).join(',')}`));
    expect(second?.text).toBe('Second.');
    expect(seen[0]).toMatch(/^error /);
    expect(seen.slice(1)).toEqual(['commands expression']);
  });

  it('meets an error again at the step, the story put back meanwhile', () => {
    const json = story('EXTERNAL boom()\nFirst.\n~ boom()\nSecond.\n-> END\n');
    const driver = new InkDriver(json, (e) => {
      throw e;
    });
    driver.story.BindExternalFunction('boom', () => {
      throw new Error('boom');
    });
    driver.next(() => {});
    const before = driver.save();
    driver.lookAhead();
    expect(driver.save()).toBe(before);
    expect(driver.story.state.toJson()).toBe(before);
    expect(() => driver.next(() => {})).toThrow('boom');
  });

  it('reads a model aside (a side flow, the state serialised and restored) without losing what was read ahead', () => {
    const json = story('VAR x = 0\nFirst.\n~ x = 1\nSecond {x}.\nThird {x}.\n-> END\n=== aside ===\nAside.\n-> DONE\n');
    const [plain, reader] = twinDriversAtFirstLine(json);
    reader.lookAhead();
    const aside = reader.model('test', 'aside', (s) => readAside(s, 'aside').map((l) => l.text));
    expect(aside).toEqual(['Aside.']);
    expect(reader.next(() => {})?.text).toBe(plain.next(() => {})?.text);
    expect(reader.next(() => {})?.text).toBe('Third 1.');
    expect(plain.next(() => {})?.text).toBe('Third 1.');
    expect(reader.save()).toBe(plain.save());
  });

  it('meets an ink error (its onError throws) at the step, with its own message, not a dead end', () => {
    const json = story('First.\n~ temp x = RANDOM(5, 1)\nSecond.\n-> END\n');
    const driver = new InkDriver(json, () => {});
    driver.story.onError = (message: string) => {
      throw new Error(`ink: ${message}`);
    };
    driver.next(() => {});
    driver.lookAhead();
    expect(driver.hasReadAhead).toBe(false);
    expect(() => driver.next(() => {})).toThrow(/RANDOM/);
  });

  it('does not read ahead while choices are already made and the story goes on (a thread): their tags would be lost', () => {
    const json = story('-> hub\n== hub ==\n<- opts\nLine one.\nLine two.\n+ [Main #best] -> END\n== opts ==\n+ [Side #best] -> END\n');
    const [plain, reader] = twinDriversAtFirstLine(json);
    reader.lookAhead();
    for (const d of [plain, reader]) d.next(() => {});
    expect(reader.choices()).toEqual(plain.choices());
    expect(reader.choices().some((c) => c.commands.length > 0)).toBe(true);
    expect(reader.save()).toBe(plain.save());
  });

  it('puts the story back for a variable set, a jump or a load', () => {
    const json = story('VAR seen = ""\nFirst.\nSecond {seen}.\n-> END\n=== other ===\nElsewhere.\n-> END\n');
    const driver = new InkDriver(json, () => {});
    driver.next(() => {});
    driver.lookAhead();
    driver.setVariable('seen', 'now');
    expect(driver.next(() => {})?.text).toBe('Second now.');
    const again = new InkDriver(json, () => {});
    again.next(() => {});
    again.lookAhead();
    again.goTo('other');
    expect(again.next(() => {})?.text).toBe('Elsewhere.');
  });
});
