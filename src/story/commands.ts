// The story's commands, each written once. A tag is parsed into a typed command in tags.ts
// (the grammar of every tag, one switch); here each command type says what it does:
//   apply    how it changes the game's state (the scene, the court record, the running
//            activity, what comes next). Runs in the story core, in Node as in the game.
//   present  the passing effect a player sees or hears at that moment (a sound, a banner,
//            evidence flying in, an announcement). Never state: whatever must still show
//            after a reload is state, drawn by presentScene (src/play/presentScene.ts).
// A restored game therefore looks like a played one by construction: apply rebuilt the
// state, presentScene draws it, and the passing effects are not replayed.
import type { CourtRecord } from './courtRecord';
import type { Activity, ActivityKind } from './activity';
import type { Command, ObjectionKind } from './tags';
import type { SceneState } from './view';

/** What apply may change: the session hands this in. */
export interface CommandState {
  readonly scene: SceneState;
  readonly record: CourtRecord;
  readonly activity: Activity | null;
  /** The story asks for an activity: entered when the current lines run out. */
  requestActivity(kind: ActivityKind, id: string): void;
  end(id: string): void;
}

/** What present may use: the play layer hands this in (tests hand in a fake). */
export interface Presenter {
  readonly record: CourtRecord;
  sound(id: string): void;
  /** The banner; the play layer holds the next line until it has landed (the beat, see courtroom.ts). */
  objection(label: string, kind: ObjectionKind): void;
  flash(): void;
  evidenceIn(title: string): void;
  announce(text: string): void;
}

type Of<T extends Command['type']> = Extract<Command, { type: T }>;
export interface CommandSpec<T extends Command['type']> {
  apply?(state: CommandState, c: Of<T>): void;
  present?(p: Presenter, c: Of<T>): void;
}
type Registry = { [T in Command['type']]: CommandSpec<T> };

export const OBJECTION_LABEL = { objection: 'OBJECTION!', 'hold-it': 'HOLD IT!', 'take-that': 'TAKE THAT!' } as const;

const activity = <T extends ActivityKind>(): CommandSpec<T> => ({
  apply: (s, c) => {
    const { type, id } = c as { type: ActivityKind; id: string };
    s.requestActivity(type, id);
  },
});
const toActivity = <T extends 'credibility' | 'reveal'>(): CommandSpec<T> => ({ apply: (s, c) => s.activity?.onCommand?.(c) });

export const COMMANDS: Registry = {
  speaker: { apply: (s, c) => void (s.scene.speaker = c.id) },
  expression: { apply: (s, c) => void (s.scene.expression = c.name) },
  background: {
    apply: (s, c) => {
      if (s.scene.background !== c.id) s.scene.caption = null; // a caption ends with its scene
      s.scene.background = c.id;
    },
  },
  music: { apply: (s, c) => void (s.scene.music = c.id === 'stop' ? null : c.id) },
  caption: { apply: (s, c) => void (s.scene.caption = c.text) },
  scene: { apply: (s, c) => void (s.scene.caption = c.title) },
  sound: { present: (p, c) => p.sound(c.id) },
  objection: {
    present: (p, c) => {
      p.objection(OBJECTION_LABEL[c.kind], c.kind);
      p.sound(c.kind === 'hold-it' ? 'hold-it' : 'objection');
      p.announce(OBJECTION_LABEL[c.kind]);
    },
  },
  breakthrough: {
    present: (p) => {
      p.flash();
      p.sound('flash');
    },
  },
  'evidence-added': {
    apply: (s, c) => void s.record.add(c.id),
    present: (p, c) => {
      const item = p.record.view(c.id);
      p.evidenceIn(item.title);
      p.sound('record');
      p.announce(`Added to the court record: ${item.title}.`);
    },
  },
  'evidence-updated': {
    apply: (s, c) => s.record.update(c.id, c.version),
    present: (p, c) => {
      const item = p.record.view(c.id);
      p.evidenceIn(item.title);
      p.sound('record');
      p.announce(`Updated in the court record: ${item.title}.`);
    },
  },
  credibility: toActivity<'credibility'>(),
  reveal: toActivity<'reveal'>(),
  cross: activity<'cross'>(),
  deduction: activity<'deduction'>(),
  board: activity<'board'>(),
  ending: { apply: (s, c) => s.end(c.id) },
  // Read by the line itself (its cite, source check, dramatized label) or by the models.
  cite: {},
  'source-check': {},
  dramatized: {},
  meta: {},
};

export function applyCommand(state: CommandState, c: Command): void {
  (COMMANDS[c.type] as CommandSpec<Command['type']>).apply?.(state, c as never);
}

export function presentCommand(p: Presenter, c: Command): void {
  (COMMANDS[c.type] as CommandSpec<Command['type']>).present?.(p, c as never);
}
