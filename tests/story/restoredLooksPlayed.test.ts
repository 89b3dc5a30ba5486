// A restored game looks exactly like the played one: after every step of a case's solution
// route, the stage, sound and caption drawn while playing equal what a fresh session drawn
// from that moment's save shows. Both go through the same presentScene.
import { describe, expect, it } from 'vitest';
import { CaseSession } from '../../src/story/caseSession';
import { presentCommand, type Presenter } from '../../src/story/commands';
import { stagePicture } from '../../src/story/scene';
import { presentScene, type SceneSurface } from '../../src/play/presentScene';
import { walkCaseCached as walkCase } from '../../tools/walkCache';
import { fakeClock, storyCase } from '../helpers/cases';
import { replay } from '../helpers/replay';

/** A stage, sound and caption that remember what they show. */
function fakeSurface() {
  const shown = { background: null as string | null, bust: null as string | null, document: null as string | null, music: null as string | null, room: null as string | null, caption: '' };
  const surface: SceneSurface = {
    stage: {
      setBackground: (id) => void (shown.background = id),
      setSpeaker: (c, e) => void (shown.bust = c ? `${c}:${e ?? 'neutral'}` : null),
      setDocument: (t) => void (shown.document = t),
    },
    audio: { playMusic: (id) => void (shown.music = id), playRoom: (id) => void (shown.room = id) },
    caption: (t) => void (shown.caption = t),
  };
  return { shown, surface };
}

function draw(session: CaseSession, surface: SceneSurface): void {
  presentScene(surface, stagePicture(session.view(), session.sceneState, session.lastLine));
}

describe.each(['prologue', 'coyoacan-3'])('case %s', (id) => {
  it('looks the same restored as played, at every step', () => {
    const { content } = storyCase(id);
    const route = walkCase(content).solution!;
    const played = new CaseSession(content, { strict: true, clock: fakeClock() });
    const screen = fakeSurface();
    const effects: string[] = [];
    const presenter: Presenter = {
      record: played.record, sound: (s) => effects.push(`sound:${s}`), objection: (l) => effects.push(l), flash: () => effects.push('flash'),
      evidenceIn: (t) => effects.push(`in:${t}`), announce: () => {},
    };
    played.on((e) => {
      if (e.type === 'command') presentCommand(presenter, e.command);
      if (e.type === 'change') draw(played, screen.surface);
    });
    let steps = 0;
    for (const step of replay(played, route)) {
      steps++;
      const restored = new CaseSession(content, { strict: true, clock: fakeClock() });
      restored.load(JSON.parse(JSON.stringify(played.save())));
      const again = fakeSurface();
      draw(restored, again.surface);
      expect(again.shown, `after step ${steps} (${step})`).toEqual(screen.shown);
    }
    expect(steps).toBeGreaterThan(20);
    expect(effects.length).toBeGreaterThan(0); // the passing effects played, and are not part of the picture
  });
});
