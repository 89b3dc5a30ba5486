// Small helpers over inkjs's Story that the rest of the core shares.
import { Story } from 'inkjs';
import { parseTags, type Command, type TagError } from './tags';

export { Story };

export interface InkLine {
  text: string;
  commands: Command[];
}

/** Knot and stitch names of a compiled story, for coverage and validation. */
export function knotNames(story: Story): string[] {
  return [...story.mainContentContainer.namedContent.keys()].filter((k) => k !== 'global decl');
}

export function stitchNames(story: Story, knot: string): string[] {
  const c = story.KnotContainerWithName(knot);
  return c ? [...c.namedContent.keys()] : [];
}

/** Runs a path in a side flow and returns its lines, leaving the story exactly as it was.
 *  Used to read statements and hint ladders, which must not move the story on: visit
 *  counts and the turn index are shared by all flows, so the whole state is put back,
 *  or a restored save would drift from the game it was taken from. */
export function readAside(story: Story, path: string, onTagError?: (e: TagError) => void): InkLine[] {
  const lines: InkLine[] = [];
  const before = story.state.toJson();
  story.SwitchFlow('aside');
  try {
    story.ChoosePathString(path);
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      const commands = parseTags(story.currentTags ?? [], onTagError);
      if (text) lines.push({ text, commands });
    }
  } finally {
    story.SwitchToDefaultFlow();
    story.RemoveFlow('aside');
    story.state.LoadJson(before);
  }
  return lines;
}

export function tagsAt(story: Story, path: string, onTagError?: (e: TagError) => void): Command[] {
  return parseTags(story.TagsForContentAtPath(path) ?? [], onTagError);
}
