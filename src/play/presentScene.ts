// Draws a moment of the game: background, bust, document, music, room tone and caption.
// Idempotent (the stage and the sound skip what is already showing), so it runs after every
// step and on restore alike, from the same StagePicture (src/story/scene.ts): a restored
// game looks like the one that was played.
import type { StagePicture } from '../story/scene';
import type { Stage } from '../stage/stage';
import type { AudioService, MusicId, RoomId } from '../audio/audioService';

const ROOMS: Record<string, RoomId> = { veksal: 'veksal', 'drammen-court': 'court', 'blue-house': 'bluehouse' };

export interface SceneSurface {
  stage: Pick<Stage, 'setBackground' | 'setSpeaker' | 'setDocument'>;
  audio: Pick<AudioService, 'playMusic' | 'playRoom'>;
  /** The caption line under the stage. */
  caption(text: string): void;
}

export function presentScene(surface: SceneSurface, picture: StagePicture): void {
  const { stage, audio } = surface;
  stage.setBackground(picture.background);
  stage.setSpeaker(picture.speaker, picture.expression);
  stage.setDocument(picture.document);
  audio.playMusic((picture.music as MusicId | null) ?? null);
  audio.playRoom(picture.background ? ROOMS[picture.background] ?? null : null);
  surface.caption(picture.caption ?? '');
}
