// The ink driver: the one place that moves the ink story on. It pumps lines with their
// tags parsed into commands, offers the choices, jumps to a knot, sets the `presented`
// variable, reads activity models from the story (cached: they never change in play), and
// saves the story's position as the session's "ink" slice.
import { Story } from 'inkjs';
import * as v from 'valibot';
import { knotNames } from './inkStory';
import { parseTags, type Command, type TagError } from './tags';
import type { Saveable } from '../save/slice';

export class InkError extends Error {
  name = 'InkError';
}

export interface InkLine {
  text: string;
  commands: Command[];
}

export interface InkChoice {
  index: number;
  text: string;
  commands: Command[];
  knot: string;
}

export class InkDriver implements Saveable<string> {
  readonly key = 'ink';
  readonly version = 1;
  readonly schema = v.string();
  readonly story: Story;
  private models = new Map<string, unknown>();

  constructor(storyJson: string, private readonly onTagError: (e: TagError) => void) {
    this.story = new Story(storyJson);
    this.story.onError = (message: string) => {
      throw new InkError(`ink: ${message}`);
    };
  }

  get globalCommands(): Command[] {
    return parseTags(this.story.globalTags ?? [], this.onTagError);
  }

  hasVariable(name: string): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(name);
  }

  setVariable(name: string, value: string): void {
    this.story.variablesState[name] = value;
  }

  /** The next line that has text. Tag-only lines on the way are handed to `onCommands`
   *  (and so is the line's own tags, before it is returned). Null: the story waits. */
  next(onCommands: (cmds: Command[]) => void): InkLine | null {
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      const commands = parseTags(this.story.currentTags ?? [], this.onTagError);
      onCommands(commands);
      if (text) return { text, commands };
    }
    return null;
  }

  choices(): InkChoice[] {
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text,
      commands: parseTags(c.tags ?? [], this.onTagError),
      knot: c.sourcePath?.split('.')[0] ?? '',
    }));
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  goTo(path: string): void {
    this.story.ChoosePathString(path);
  }

  /** Knots whose header carries a tag of this kind (# cross:, # deduction:, # board:). */
  knotsTagged(kind: string): string[] {
    const tag = new RegExp(`^\\s*${kind}\\s*:`);
    return knotNames(this.story).filter((k) => (this.story.TagsForContentAtPath(k) ?? []).some((t) => tag.test(t)));
  }

  /** An activity's model, read once from the story. */
  model<M>(kind: string, id: string, read: (story: Story, id: string, onTagError: (e: TagError) => void) => M): M {
    const key = `${kind}:${id}`;
    if (!this.models.has(key)) this.models.set(key, read(this.story, id, this.onTagError));
    return this.models.get(key) as M;
  }

  save(): string {
    return this.story.state.toJson();
  }

  load(json: string): void {
    this.story.state.LoadJson(json);
  }
}
