// What the stage and the sound should show for a moment of the game, worked out from the
// view and the scene state alone. presentScene (src/play/presentScene.ts) draws it after
// every step and on restore; because it depends on nothing else, a restored game looks
// exactly like the game that was played.
import type { Line, SceneState, View } from './view';

export interface StagePicture {
  background: string | null;
  /** The bust on stage (null: nobody, e.g. narration or a document). */
  speaker: string | null;
  expression: string | null;
  /** A document shown instead of a witness (transcript testimony). */
  document: string | null;
  music: string | null;
  caption: string | null;
}

/** `line` is the last line shown (the session keeps it for the choices and the ending). */
export function stagePicture(view: View, scene: SceneState, line: Line | null): StagePicture {
  const base = { background: scene.background, music: scene.music, caption: scene.caption, document: null };
  switch (view.phase) {
    case 'line':
      return { ...base, speaker: view.line.speaker, expression: view.line.expression };
    case 'choices':
    case 'ended':
      return { ...base, speaker: line?.speaker ?? null, expression: line?.expression ?? null };
    case 'cross': {
      const c = view.cross;
      const st = c.statements[c.current];
      // Transcript testimony is read from the record: the page is shown, not a live witness.
      return c.transcript
        ? { ...base, caption: null, speaker: null, expression: 'neutral', document: c.transcript.title }
        : { ...base, caption: null, speaker: st?.speaker ?? c.witness, expression: 'neutral' };
    }
    case 'deduction':
    case 'board':
      return { ...base, speaker: null, expression: null };
  }
}
