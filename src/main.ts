// Boot: the sound, the saves, then the title screen. Continue restores the last case exactly
// where the player left it. The stage (Phaser) is built after the title is interactive, on
// the player's first key, pointer or touch, or when a case starts (see stage/lazyStage.ts).
import './ui/style.css';
import './ui/mechanics.css';
import './ui/classroom.css';
import { caseContent } from './content/cases';
import { CASES } from './content/caseList';
import { damagedMessage, SaveStore } from './save/saveGame';
import { deviceStorage, GameStorage } from './save/storage';
import { useClassroomStorage } from './classroom/localStore';
import { PlayerStorage } from './classroom/players';
import { ProgressStore } from './classroom/progress';
import { contentVersion } from './save/saveGame';
import { rulesFor } from './story/modes';
import { createLazyStage, stageCodeUrls } from './stage/lazyStage';
import { HowlerAudio } from './audio/howlerAudio';
import { NullAudio, type AudioService } from './audio/audioService';
import type { Courtroom } from './play/courtroom';
import { Classroom } from './play/classroom';
import { TitleScreen, type TitleState } from './ui/titleScreen';
import { parseSettings, SETTINGS_KEY, SettingsStore } from './settings/settings';
import { applySettings } from './settings/applySettings';
import { installMenus } from './ui/gameMenus';
import { byId, h } from './ui/dom';
import { finishedCases, useFinishedStorage } from './save/finished';
import { installGlossaryLinks } from './ui/glossaryLinks';
import { announcer } from './ui/announcer';
import type { Mode } from './story/modes';
import type { CaseContent, CaseSession, SessionSave } from './story/caseSession';
import { LmsLink, lmsLaunch, FIT_NOTICE } from './lms/lmsLink';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
// The one storage of the game, handed to every part that keeps something on the device.
// Shared devices: PlayerStorage files every key under the student playing in this tab.
const players = new PlayerStorage(deviceStorage());
const storage = new GameStorage(players);
const progress = new ProgressStore(storage);
// Launched from a SCORM package inside an LMS: the learner is the LMS's, and the LMS's saved
// game (suspend data) is put where Continue finds it. Any other launch: lms is null, and
// nothing is ever sent anywhere.
const launch = lmsLaunch();
const lms = launch ? LmsLink.open(launch, storage) : null;
if (lms?.learnerName) players.use(lms.learnerName);
lms?.resume();
useFinishedStorage(storage);

/** Saves that also keep the student's progress per case (kept when the save is cleared at
 *  the end of a case, so one report can cover every case of an assignment). */
class ProgressSaves extends SaveStore {
  override write(content: CaseContent, slices: SessionSave, now = new Date()): string | null {
    const warning = super.write(content, slices, now);
    const s = courtroom?.session;
    if (s && s.content === content) {
      progress.write({
        caseId: content.id, caseTitle: content.title, contentVersion: contentVersion(content), mode: s.currentMode,
        hintsAllowed: classroom.hints ?? rulesFor(s.currentMode).hints,
        log: [...s.log.all()], questions: [...s.debriefQuestions], updatedAt: now.toISOString(),
      });
      if (lms) {
        lms.saved(content.id);
        // The report changes only with the log or the questions: most steps are a line read.
        const mark = `${content.id}/${s.log.all().length}/${s.debriefQuestions.length}`;
        if (mark !== lmsReported) {
          lmsReported = mark;
          lmsReport = lmsReport.then(() => classroom.buildReport(s)).then((r) => lms.report(r)).catch((e: unknown) => console.error('LMS report', e));
        }
      }
    }
    return warning;
  }

  override clear(caseId: string): void {
    super.clear(caseId);
    lms?.saved(caseId);
  }
}
/** Reports to the LMS, one after another (each waits for the one before). */
let lmsReport: Promise<void> = Promise.resolve();
let lmsReported = '';
/** Waits for the LMS reports queued so far (the SCORM browser test). */
const lmsSettled = () => lmsReport;
const saves = new ProgressSaves(storage);
useClassroomStorage(storage);
const stage = createLazyStage(byId('stage'), reducedMotion);
let audio: AudioService;
try {
  audio = new HowlerAudio({ deferred: true }); // Web Audio is set up at the player's first sign of being there (buildStageOnIntent)
} catch (e) {
  console.warn('Sound is off:', e);
  audio = new NullAudio();
}
const title = new TitleScreen();
let courtroom: Courtroom | null = null;
const settings = new SettingsStore(storage);
// Another student: their own settings (the defaults for a new name).
players.onChange(() => settings.update(parseSettings(storage.get(SETTINGS_KEY))));
const applied = applySettings(settings, stage, audio);
const menus = installMenus(settings, applied.systemReducedMotion, () => courtroom?.session ?? null);
// Assignment links (?assign=…), the teacher pages (#teacher, #class, #guide) and the student report.
const classroom = new Classroom({
  showTitle: (message) => showTitle(message ? { text: message } : null),
  leaveCase: () => {
    courtroom?.dispose();
    courtroom = null;
    title.hide();
  },
}, players, storage, progress, launch ? `?assign=${launch.assignmentCode}` : window.location.search);
if (lms) {
  // What the LMS cannot keep is said on screen, once per change.
  const notice = h('p', { id: 'lms-notice', role: 'status', class: 'lms-notice', hidden: true });
  document.getElementById('app')!.prepend(notice);
  lms.onFit((fit) => {
    notice.hidden = fit === 'whole';
    notice.textContent = fit === 'whole' ? '' : FIT_NOTICE[fit];
  });
}

function titleState(message: TitleState['message'] = null): TitleState {
  const last = saves.lastCaseId();
  const status = last ? saves.status(last) : null;
  const linkProblem = classroom.linkProblem ? { text: classroom.linkProblem } : null;
  // A save that cannot be read at all is said, with the two ways on, instead of a missing Continue.
  const damaged = last && status?.state === 'damaged'
    ? { text: damagedMessage(CASES.find((c) => c.id === last)?.title ?? last), restartCase: last, download: { caseId: last, raw: status.raw } }
    : null;
  return {
    // After a Continue that failed, the message replaces the Continue that would fail again.
    saved: last && status?.state === 'readable' && message?.restartCase !== last ? { caseId: last, caseTitle: status.caseTitle, savedAt: status.savedAt } : null,
    message: message ?? damaged ?? linkProblem,
    classroom: classroom.title(),
    finished: finishedCases(),
  };
}

function showTitle(message: TitleState['message'] = null): void {
  courtroom = null;
  stage.setBackground('title');
  stage.setSpeaker(null, null);
  title.show(titleState(message), { continueCase, newCase: (id, mode) => void askThenNewCase(id, mode), restartCase: (id, mode) => void newCase(id, mode), settings: menus.openSettings });
}

/** Loads a case's chunk; a failed load (offline, stale deploy) is explained on the title. */
async function load(caseId: string): Promise<CaseContent | null> {
  document.documentElement.dataset.busy = 'true';
  // Phaser's code is fetched while the case's chunk arrives, and run once the case's first line
  // is on screen (Courtroom.render): running it first held that line back by a second or more.
  stage.fetchCode();
  try {
    const [content] = await Promise.all([caseContent(caseId), playCode()]);
    return content;
  } catch (e) {
    console.error(e);
    showTitle({ text: 'The case could not be loaded. Check the connection and reload the page; your saved progress is kept.' });
    return null;
  } finally {
    delete document.documentElement.dataset.busy;
  }
}

/** The courtroom's code (the dialogue, the panels, the court record): loaded with the first case. */
let CourtroomCode: typeof Courtroom | null = null;
function playCode(): Promise<typeof Courtroom> {
  return import('./play/courtroom').then((m) => (CourtroomCode = m.Courtroom));
}

/** Called only after load() succeeded, so the courtroom's code is there. */
function enter(content: CaseContent, mode: Mode, session?: CaseSession): Courtroom {
  title.hide();
  courtroom?.dispose();
  courtroom = new CourtroomCode!(content, {
    stage, audio, saves, onLeave: (m) => showTitle(m ? { text: m } : null),
    hints: classroom.hints, onReport: () => courtroom && classroom.showReport(courtroom.session),
  }, mode, session);
  exposeForTests();
  return courtroom;
}

/** Starting a case over its save asks first: continuing is offered, erasing is a deliberate choice. */
async function askThenNewCase(caseId: string, mode: Mode): Promise<void> {
  if (!saves.peek(caseId)) return newCase(caseId, mode);
  const from = document.activeElement as HTMLElement | null;
  const dialog = h('dialog', { id: 'restart-dialog', 'aria-labelledby': 'restart-heading', 'aria-describedby': 'restart-text' },
    h('h2', { id: 'restart-heading' }, 'Start this case again?'),
    h('p', { id: 'restart-text' }, 'This erases your progress in this case — continue instead?'),
    h('div', { class: 'dialog-actions' },
      h('button', { type: 'button', id: 'btn-restart-continue', class: 'primary', onclick: () => close(() => continueCase(caseId)) }, 'Continue where I was'),
      h('button', { type: 'button', id: 'btn-restart-erase', onclick: () => close(() => newCase(caseId, mode)) }, 'Erase my progress and start again'),
      h('button', { type: 'button', id: 'btn-restart-cancel', onclick: () => close(() => from?.focus()) }, 'Cancel'),
    ),
  ) as HTMLDialogElement;
  function close(then: () => void): void {
    dialog.close();
    dialog.remove();
    then();
  }
  dialog.addEventListener('cancel', () => queueMicrotask(() => (dialog.remove(), from?.focus())));
  document.getElementById('app')!.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLElement>('#btn-restart-continue')?.focus();
}

async function newCase(caseId: string, mode: Mode): Promise<void> {
  if (!classroom.readyToStart()) return; // an assignment asks for the student's name first
  const content = await load(caseId);
  if (content) enter(content, mode).start();
}

async function continueCase(caseId: string): Promise<void> {
  const content = await load(caseId);
  if (!content) return;
  const restored = saves.restore(content, { hints: classroom.hints });
  if (!restored.ok) {
    const download = restored.reason === 'damaged' && restored.raw !== null ? { caseId, raw: restored.raw } : undefined;
    showTitle({ text: restored.message, restartCase: caseId, download });
    return;
  }
  enter(content, restored.session.currentMode, restored.session).resume();
}

function exposeForTests(): void {
  if (new URLSearchParams(location.search).has('test')) {
    (window as unknown as { __TEST__: unknown }).__TEST__ = { stage, saves, courtroom, cases: CASES, settings, audio, announcer: announcer(), lms, lmsSettled };
  }
}

// Glossary words in the dialogue open their entry (and the primer).
installGlossaryLinks(() => classroom.go('primer'));
showTitle();
classroom.route();
exposeForTests();
document.documentElement.dataset.ready = 'true';
// Offline play (a service worker) on the web site only: see src/offline/offline.ts. Registered
// once the page has loaded and the main thread is idle: the worker's start and its precache
// of the whole game are not the title's business.
whenLoadedAndIdle(() => void import('./offline/offline').then((m) => m.offlineWanted(location, Boolean(launch)) && m.startOffline()));
buildStageOnIntent();

/**
 * The title is interactive: fetch the stage's code (Phaser) while the player reads it, without
 * running it, and build the stage once the player has been on the page a moment after a first
 * sign of being there (a key, a pointer, a touch). Running Phaser's code and boot takes the
 * main thread for a while on a slow machine: not at once (the title would stutter just when it
 * is first used), and not when the player is already opening a case (its first line comes
 * first, and the case builds the stage after it: see Courtroom.render).
 */
function buildStageOnIntent(): void {
  const intents = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'] as const;
  const go = () => {
    for (const type of intents) window.removeEventListener(type, go, true);
    if (audio instanceof HowlerAudio) audio.wake();
    stage.fetchCode();
    setTimeout(() => {
      if (stage.requested || document.documentElement.dataset.busy) return; // a case is starting: it builds the stage
      const build = () => void (stage.requested || document.documentElement.dataset.busy ? null : stage.load());
      if ('requestIdleCallback' in window) requestIdleCallback(build, { timeout: 2000 });
      else build();
    }, 1000);
  };
  for (const type of intents) window.addEventListener(type, go, { capture: true, passive: true });
  const prefetch = () => {
    for (const href of stageCodeUrls()) document.head.append(h('link', { rel: 'prefetch', href, as: 'script', crossorigin: '' }));
  };
  whenLoadedAndIdle(prefetch);
}

/** Runs fn after the page's load event, when the main thread is next idle. */
function whenLoadedAndIdle(fn: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 500));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
