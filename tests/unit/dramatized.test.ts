// @vitest-environment happy-dom
// A line the book does not record is labelled on screen while it is shown, and in the backlog.
import { beforeEach, describe, expect, it } from 'vitest';
import { DialogueBox } from '../../src/ui/dialogueBox';
import { BacklogDialog } from '../../src/ui/backlogDialog';
import { Backlog } from '../../src/story/backlog';
import { parseTags } from '../../src/story/tags';
import type { Line } from '../../src/story/caseSession';

const line = (text: string, tags: string[]): Line => ({ text, speaker: 'swen', expression: null, cite: null, commands: parseTags(tags) });

beforeEach(() => {
  document.body.innerHTML = `
    <section id="dialogue"><div id="nameplate"></div><p id="line-dramatized" hidden></p><p id="line-text"></p><p id="line-source"></p>
      <div id="choices"></div><button id="btn-next"></button><div id="source-card"></div></section>
    <dialog id="backlog-dialog"></dialog>`;
});

describe('# dramatized', () => {
  it('shows a visible label with the note while the line is shown, and hides it on the next line', () => {
    const box = new DialogueBox();
    const label = document.getElementById('line-dramatized')!;
    box.renderLine(line('Which law did he break?', ['speaker: swen', 'dramatized: the book records the answer, not who asked']), 'Swen');
    expect(label.hidden).toBe(false);
    expect(label.textContent).toBe('Dramatized: the book records the answer, not who asked');
    box.renderLine(line('The next line.', ['speaker: swen']), 'Swen');
    expect(label.hidden).toBe(true);
    box.renderLine(line('No note.', ['dramatized']), null);
    expect(label.textContent).toBe('Dramatized');
  });

  it('keeps the label in the backlog, across a save', () => {
    const log = new Backlog();
    log.push({ speaker: 'swen', text: 'Which law?', dramatized: 'who asked is not recorded' });
    log.push({ speaker: null, text: 'Plain narration.' });
    const restored = new Backlog();
    restored.load(JSON.parse(JSON.stringify(log.save())));
    expect(restored.all()).toEqual(log.all());
    const dialog = new BacklogDialog();
    const el = document.getElementById('backlog-dialog') as HTMLDialogElement;
    el.showModal ??= function (this: HTMLDialogElement) { this.setAttribute('open', ''); };
    dialog.open(restored.all(), () => 'Swen');
    const items = [...el.querySelectorAll('.backlog-list li')].map((li) => li.textContent);
    expect(items).toEqual(['Swen: Dramatized: who asked is not recorded. Which law?', 'Plain narration.']);
    expect(el.querySelector('.dramatized-label')).not.toBeNull();
  });
});
