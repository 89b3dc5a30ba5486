// @vitest-environment happy-dom
// The pointing step in the court record: the document's lines as a radio group; the chosen
// line goes to the game; Study offers "Skip pointing".
import { beforeEach, describe, expect, it } from 'vitest';
import { CourtRecordDialog } from '../../src/ui/courtRecordDialog';
import { CourtRecord } from '../../src/story/courtRecord';
import { readFileSync } from 'node:fs';

const data = () => JSON.parse(readFileSync('tests/fixtures/proofs/record.json', 'utf8'));

beforeEach(() => {
  document.body.innerHTML = '<dialog id="record-dialog"></dialog>';
  const d = document.getElementById('record-dialog') as HTMLDialogElement;
  d.showModal ??= function (this: HTMLDialogElement) { this.setAttribute('open', ''); };
  d.close ??= function (this: HTMLDialogElement) { this.removeAttribute('open'); this.dispatchEvent(new Event('close')); };
});

describe('pointing in the court record', () => {
  it('shows the presented document\'s lines as radio buttons and sends the one chosen', () => {
    const record = new CourtRecord(data());
    const dialog = new CourtRecordDialog(() => record);
    const picked: string[] = [];
    dialog.open({ pointing: { item: 'badge', statement: 'The men were real police officers.', feedback: null, onPoint: (f) => picked.push(f) } });
    const el = document.getElementById('record-dialog')!;
    const radios = [...el.querySelectorAll<HTMLInputElement>('.fx-pick input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(['shown', 'when']);
    expect(radios.every((r) => !r.checked)).toBe(true);
    expect(el.querySelector('.fx-pick legend')?.textContent).toBe('Which line contradicts the statement?');
    expect(el.querySelector('#point-prompt')?.textContent).toContain('The men were real police officers.');
    expect(el.querySelector('[data-skip-point]')).toBeNull(); // Standard: no skipping
    const form = el.querySelector<HTMLFormElement>('form.fx-pick')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(picked).toEqual([]); // nothing chosen yet
    radios[1].checked = true;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(picked).toEqual(['when']);
  });

  it('shows feedback on a close line and offers a skip in Study', () => {
    const record = new CourtRecord(data());
    const dialog = new CourtRecordDialog(() => record);
    let skipped = false;
    dialog.open({ pointing: { item: 'badge', statement: 's', feedback: 'Close: not that line.', onPoint: () => {}, onSkip: () => { skipped = true; } } });
    const el = document.getElementById('record-dialog')!;
    expect(el.querySelector('.point-feedback')?.textContent).toBe('Close: not that line.');
    el.querySelector<HTMLButtonElement>('[data-skip-point]')!.click();
    expect(skipped).toBe(true);
  });
});
