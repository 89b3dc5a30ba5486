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

type StoryState = ReturnType<Story['CopyStateForBackgroundThreadSave']>;

/** What reading on to the next line handed out, in order: tags that did not parse, commands. */
type Reading = Array<{ error: TagError } | { commands: Command[] }>;

/** The next line, read ahead while the player reads this one (lookAhead), and the story's
 *  state from before it, to save or go back to. */
interface ReadAhead {
  before: StoryState;
  reading: Reading;
  line: InkLine | null;
}

export class InkDriver implements Saveable<string> {
  readonly key = 'ink';
  readonly version = 1;
  readonly schema = v.string();
  readonly story: Story;
  private models = new Map<string, unknown>();
  private ahead: ReadAhead | null = null;

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
    this.takeBackReadAhead();
    this.story.variablesState[name] = value;
  }

  /** The next line that has text. Tag-only lines on the way are handed to `onCommands`
   *  (and so is the line's own tags, before it is returned). Null: the story waits.
   *  A line read ahead (lookAhead) is handed over as it was read, tags, errors and all. */
  next(onCommands: (cmds: Command[]) => void): InkLine | null {
    const ahead = this.ahead;
    if (!ahead) return this.read(onCommands, this.onTagError);
    this.ahead = null;
    this.story.BackgroundSaveComplete(); // the state read ahead is the story's own now
    for (const r of ahead.reading) 'error' in r ? this.onTagError(r.error) : onCommands(r.commands);
    return ahead.line;
  }

  private read(onCommands: (cmds: Command[]) => void, onTagError: (e: TagError) => void): InkLine | null {
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      const commands = parseTags(this.story.currentTags ?? [], onTagError);
      onCommands(commands);
      if (text) return { text, commands };
    }
    return null;
  }

  /**
   * Reads the next line now, in an idle moment while the player reads this one: the step that
   * shows it then only hands it over (next). Moving ink on is most of a step's own work, and
   * the first lines of a case run ink's code for the first time (~2-4 ms each here, four times
   * that on a machine 4x slower). Nothing is told until next(): the commands and tag errors
   * met are kept, in order. Anything else that moves the story (a jump, a choice, a variable
   * set, a load) first puts it back where it was, and a save is of that state too, so a
   * story read ahead is the same story to everyone but the step that shows its line.
   * An error while reading ahead puts the story back: the step meets it as before. (One case is
   * not covered: a non-ink exception thrown after ink has looked past the line's end, from an
   * external function ink may call while looking ahead, would leave ink's own snapshot of the
   * line behind. The game binds no external functions.)
   * The state from before is kept by ink's own background save (CopyStateForBackgroundThreadSave:
   * the story reads on in a copy that records its changes apart, the state before untouched), not
   * serialised: serialising it took most of the reading ahead's time (the first time in a case
   * ~6 ms here, ~25 ms at 4x CPU throttle, in one idle callback a key pressed meanwhile waited
   * behind), and it is needed only for a save, which serialises it then anyway.
   */
  lookAhead(): void {
    // Not while choices are already made and the story goes on (a thread, `<-`): ink's copy for a
    // background save clones them without their tags. (No case has threads; this keeps it exact.)
    if (this.ahead || !this.story.canContinue || this.story.state.generatedChoices.length > 0) return;
    const before = this.story.CopyStateForBackgroundThreadSave();
    const reading: Reading = [];
    try {
      const line = this.read((commands) => reading.push({ commands }), (error) => reading.push({ error }));
      this.ahead = { before, reading, line };
    } catch {
      this.putBack(before);
    }
  }

  /** The story back at `before` (kept by a background save). */
  private putBack(before: StoryState): void {
    const json = before.toJson();
    this.story.BackgroundSaveComplete();
    this.story.state.LoadJson(json);
    // An ink error met while reading ahead stays on the state (onError threw before ink cleared it,
    // and a load keeps it): left there, the story could not continue and the step met a dead end
    // instead of the error itself.
    this.story.ResetErrors();
  }

  /** A line is read ahead, waiting for next(). */
  get hasReadAhead(): boolean {
    return this.ahead !== null;
  }

  /** A line read ahead and not shown is put back: the story is where the player is. */
  private takeBackReadAhead(): void {
    if (!this.ahead) return;
    const { before } = this.ahead;
    this.ahead = null;
    this.putBack(before);
  }

  choices(): InkChoice[] {
    this.takeBackReadAhead();
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text,
      commands: parseTags(c.tags ?? [], this.onTagError),
      knot: c.sourcePath?.split('.')[0] ?? '',
    }));
  }

  choose(index: number): void {
    this.takeBackReadAhead();
    this.story.ChooseChoiceIndex(index);
  }

  goTo(path: string): void {
    this.takeBackReadAhead();
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
    if (!this.models.has(key)) {
      // Read aside in a side flow, the state serialised and put back: a story reading ahead
      // serialises without what it read ahead (that is kept apart till next()), so it goes back first.
      this.takeBackReadAhead();
      this.models.set(key, read(this.story, id, this.onTagError));
    }
    return this.models.get(key) as M;
  }

  save(): string {
    return (this.ahead ? this.ahead.before : this.story.state).toJson();
  }

  load(json: string): void {
    if (this.ahead) {
      this.ahead = null;
      this.story.BackgroundSaveComplete();
    }
    this.story.state.LoadJson(json);
  }
}
