// Boot: the stage, the sound, the saves, then the title screen. Continue restores the
// last case exactly where the player left it.
import './ui/style.css';
import './ui/mechanics.css';
import './ui/classroom.css';
import { caseContent } from './content/cases';
import { CASES } from './content/caseList';
import { MemoryStorage, SaveStore, type KeyValueStorage } from './save/saveGame';
import { createStage } from './stage/stage';
import { HowlerAudio } from './audio/howlerAudio';
import { NullAudio, type AudioService } from './audio/audioService';
import { Courtroom } from './play/courtroom';
import { Classroom } from './play/classroom';
import { TitleScreen, type TitleState } from './ui/titleScreen';
import { SettingsStore } from './settings/settings';
import { applySettings } from './settings/applySettings';
import { installMenus } from './ui/gameMenus';
import { byId } from './ui/dom';
import type { Mode } from './story/modes';
import type { CaseContent } from './story/caseSession';

function deviceStorage(): KeyValueStorage {
  try {
    const s = window.localStorage;
    s.setItem('exhibit-1937/probe', '1');
    s.removeItem('exhibit-1937/probe');
    return s;
  } catch {
    return new MemoryStorage(); // private mode or storage disabled: play on, without saves
  }
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const saves = new SaveStore(deviceStorage());
const stage = createStage(byId('stage'), reducedMotion);
let audio: AudioService;
try {
  audio = new HowlerAudio();
} catch (e) {
  console.warn('Sound is off:', e);
  audio = new NullAudio();
}
const title = new TitleScreen();
let courtroom: Courtroom | null = null;
const settings = new SettingsStore(deviceStorage());
const applied = applySettings(settings, stage, audio);
const menus = installMenus(settings, applied.systemReducedMotion, () => courtroom?.session ?? null);
// Assignment links (?assign=…), the teacher pages (#teacher, #class, #guide) and the student report.
const classroom = new Classroom({
  showTitle: () => showTitle(),
  leaveCase: () => {
    courtroom?.dispose();
    courtroom = null;
    title.hide();
  },
});

function titleState(message: TitleState['message'] = null): TitleState {
  const last = saves.lastCaseId();
  const peek = last ? saves.peek(last) : null;
  const linkProblem = classroom.linkProblem ? { text: classroom.linkProblem } : null;
  return { saved: last && peek ? { caseId: last, ...peek } : null, message: message ?? linkProblem, classroom: classroom.title() };
}

function showTitle(message: TitleState['message'] = null): void {
  courtroom = null;
  stage.setBackground('title');
  stage.setSpeaker(null, null);
  title.show(titleState(message), { continueCase, newCase, settings: menus.openSettings });
}

/** Loads a case's chunk; a failed load (offline, stale deploy) is explained on the title. */
async function load(caseId: string): Promise<CaseContent | null> {
  document.documentElement.dataset.busy = 'true';
  try {
    return await caseContent(caseId);
  } catch (e) {
    console.error(e);
    showTitle({ text: 'The case could not be loaded. Check the connection and reload the page; your saved progress is kept.' });
    return null;
  } finally {
    delete document.documentElement.dataset.busy;
  }
}

function enter(content: CaseContent, mode: Mode): Courtroom {
  title.hide();
  courtroom?.dispose();
  courtroom = new Courtroom(content, {
    stage, audio, saves, onLeave: (m) => showTitle(m ? { text: m } : null),
    hints: classroom.hints, onReport: () => courtroom && classroom.showReport(courtroom.session),
  }, mode);
  exposeForTests();
  return courtroom;
}

async function newCase(caseId: string, mode: Mode): Promise<void> {
  if (!classroom.readyToStart()) return; // an assignment asks for the student's name first
  const content = await load(caseId);
  if (content) enter(content, mode).start();
}

async function continueCase(caseId: string): Promise<void> {
  const content = await load(caseId);
  if (!content) return;
  const loaded = saves.read(content);
  if (!loaded.ok) {
    showTitle({ text: loaded.message, restartCase: caseId });
    return;
  }
  enter(content, loaded.envelope.session.mode).resume(loaded.envelope.session);
}

function exposeForTests(): void {
  if (new URLSearchParams(location.search).has('test')) {
    (window as unknown as { __TEST__: unknown }).__TEST__ = { stage, saves, courtroom, cases: CASES, settings, audio };
  }
}

showTitle();
classroom.route();
exposeForTests();
document.documentElement.dataset.ready = 'true';
