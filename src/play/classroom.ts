// Classroom use, wired into the game: the assignment from the link (?assign=…), the routes
// #teacher, #class and #guide, and the student report. No accounts, no server: the only
// thing that leaves the device is a report file the student chooses to download.
import { CASES } from '../content/caseList';
import { caseContent } from '../content/cases';
import { contentVersion } from '../save/saveGame';
import { MAX_MARKS, rulesFor } from '../story/modes';
import type { CaseSession } from '../story/caseSession';
import { assignmentFromSearch, type Assignment } from '../classroom/assignment';
import { buildReport, type StudentReport } from '../classroom/report';
import { caseFacts } from '../classroom/caseFacts';
import type { PlayerStorage } from '../classroom/players';
import type { CaseProgress, ProgressStore } from '../classroom/progress';
import type { GameStorage } from '../save/storage';
import { assignmentPanel, chosenName, playerChooser, primerLink, requireName, saveFileBar, teacherLinks, type TitleClassroom } from '../ui/assignmentPanel';
import { closePage, downloadFile, isPageOpen, say } from '../ui/classroomPage';
import { applySaveFile, makeSaveFile, readSaveFile, saveFileName } from '../classroom/saveFile';
import { answersFor } from '../ui/debriefAnswers';
import { showReport } from '../ui/reportView';
import { answerKey, type KeyCase } from '../classroom/answerKey';

export type Route = 'teacher' | 'class' | 'guide' | 'key' | 'worksheet' | 'primer';
const ROUTES: readonly Route[] = ['teacher', 'class', 'guide', 'key', 'worksheet', 'primer'];

export interface ClassroomHooks {
  /** Back to the title screen (also leaves a running case), with a message if given. */
  showTitle(message?: string): void;
  /** Leaves a running case without showing the title (a classroom page takes over). */
  leaveCase(): void;
}

export class Classroom {
  /** The teacher's settings from the link, if the game was opened with a valid one. */
  readonly assignment: Assignment | null;
  /** Why the link could not be used (shown on the title screen), if it could not. */
  readonly linkProblem: string | null;
  private versions: Promise<Record<string, string>> | null = null;

  constructor(
    private readonly hooks: ClassroomHooks,
    readonly players: PlayerStorage,
    private readonly storage: GameStorage,
    readonly progress: ProgressStore,
    search = window.location.search,
  ) {
    const decoded = assignmentFromSearch(search);
    this.assignment = decoded?.ok ? decoded.assignment : null;
    this.linkProblem = decoded && !decoded.ok ? decoded.message : null;
    window.addEventListener('hashchange', () => this.route());
    window.addEventListener('popstate', () => this.route());
  }

  /** Hints allowed by the assignment (undefined: no assignment, the mode decides). */
  get hints(): boolean | undefined {
    return this.assignment ? this.assignment.hints : undefined;
  }

  /** What the title screen adds: the assignment panel, or the links for teachers. */
  title(): TitleClassroom {
    const a = this.assignment;
    const refresh = () => this.hooks.showTitle();
    return {
      panel: a ? assignmentPanel(a, this.players.player, () => { this.players.use(null); refresh(); }) : null,
      who: playerChooser(this.players, Boolean(a), refresh),
      mode: a?.mode ?? null,
      cases: a?.cases ?? null,
      footer: a ? null : teacherLinks({ teacher: () => this.go('teacher'), guide: () => this.go('guide'), key: () => this.go('key') }),
      primer: primerLink(() => this.go('primer')),
      saveFile: saveFileBar({ save: () => this.saveToFile(), open: (text) => this.openSaveFile(text) }),
    };
  }

  /** "Save to file": everything of the player in this tab, as one sealed file. */
  saveToFile(): void {
    const f = makeSaveFile(this.storage, this.players.player, CASES.map((c) => c.id));
    downloadFile(saveFileName(f), JSON.stringify(f, null, 2));
    say('Your progress is downloading as a save file. Open it with “Open save file” on the other device.');
  }

  /** "Open save file": checked completely first; a bad file changes nothing and says why. */
  openSaveFile(text: string): void {
    const r = readSaveFile(text, CASES.map((c) => c.id));
    if (!r.ok) {
      this.hooks.showTitle(r.message);
      return;
    }
    const before = this.players.player;
    this.players.use(r.file.player);
    const refused = applySaveFile(this.storage, r.file);
    if (refused) {
      this.players.use(before);
      this.hooks.showTitle(`The save file could not be stored on this device (${refused.name}).`);
      return;
    }
    this.players.use(r.file.player); // again, so the player's settings from the file apply now
    const titles = r.cases.map((id) => `“${CASES.find((c) => c.id === id)?.title ?? id}”`);
    this.hooks.showTitle(`Save file opened${r.file.player ? ` for ${r.file.player}` : ''}: ${titles.length ? titles.join(', ') : 'settings only'}.${titles.length ? ' Press Continue to go on.' : ''}`);
  }

  /** A student on an assignment types a name before starting; false when it is missing. */
  readyToStart(): boolean {
    if (!this.assignment) return true;
    if (!requireName(this.players.player)) return false;
    const typed = chosenName();
    if (typed) this.players.use(typed);
    return true;
  }

  /** The route in the address (#teacher, #class, #guide), or null for the game. */
  currentRoute(): Route | null {
    const r = window.location.hash.replace(/^#/, '');
    return (ROUTES as readonly string[]).includes(r) ? (r as Route) : null;
  }

  /** Shows the page for the address; returns false when the address is the game itself. */
  route(): boolean {
    const r = this.currentRoute();
    if (!r) {
      if (isPageOpen() && document.getElementById('classroom-page')?.dataset.page !== 'report') {
        closePage();
        this.hooks.showTitle();
      }
      return false;
    }
    this.hooks.leaveCase();
    const actions = {
      back: () => this.go(null),
      teacher: () => this.go('teacher'),
      guide: () => this.go('guide'),
      classView: () => this.go('class'),
      key: () => this.go('key'),
      worksheet: () => this.go('worksheet'),
      primer: () => this.go('primer'),
    };
    // The pages' code comes with the first one opened; an address changed meanwhile wins.
    void import('../ui/classroomPages').then(({ showTeacherPage, showClassView, showAnswerKey, showPrimer, showTeacherGuide }) => {
      if (this.currentRoute() !== r) return;
      if (r === 'teacher') showTeacherPage(actions);
      else if (r === 'class') showClassView({ ...actions, versions: () => this.contentVersions() });
      else if (r === 'key' || r === 'worksheet') showAnswerKey({ ...actions, load: (ids) => this.answerKeys(ids) }, r);
      else if (r === 'primer') showPrimer(actions);
      else showTeacherGuide(actions);
    });
    return true;
  }

  /** Navigates (the browser's Back button works too). */
  go(route: Route | null): void {
    const url = `${window.location.pathname}${window.location.search}${route ? `#${route}` : ''}`;
    window.history.pushState(null, '', url);
    this.route();
  }

  /** The student's report for the whole assignment (or every case played), as a page over the game. */
  showReport(session: CaseSession | null): void {
    showReport(() => this.buildReport(session), { onClose: () => closePage() });
  }

  /** One report for the student: every assigned case (or, without an assignment, every case played). */
  async buildReport(session: CaseSession | null, now = new Date()): Promise<StudentReport> {
    const current = session?.content.id ?? null;
    const ids = this.assignment?.cases ?? CASES.map((c) => c.id).filter((id) => id === current || this.progress.read(id));
    const cases = await Promise.all(ids.map(async (id) => {
      const live = session && session.content.id === id ? session : null;
      const content = live ? live.content : await caseContent(id);
      const stored = this.progress.read(id);
      // The case in play: its steps as they are now, not as of the last autosave.
      const progress: CaseProgress | null = live
        ? {
            caseId: id, caseTitle: content.title, contentVersion: contentVersion(content), mode: live.currentMode,
            hintsAllowed: this.hints ?? rulesFor(live.currentMode).hints, log: [...live.log.all()], questions: [...live.debriefQuestions],
            updatedAt: now.toISOString(),
          }
        : stored;
      const questions = progress?.questions ?? [];
      return { facts: caseFacts(content), progress, answers: answersFor(id, questions) };
    }));
    return buildReport({ student: this.players.player ?? '', assignment: this.assignment, cases, maxMarks: MAX_MARKS, now });
  }

  /** The answer key of each case, from its proofs. */
  private answerKeys(ids: readonly string[]): Promise<KeyCase[]> {
    return Promise.all(ids.map(async (id) => answerKey(await caseContent(id), CASES.find((c) => c.id === id)?.subtitle ?? '')));
  }

  /** Content versions of every case in this build (loads each case once). */
  private contentVersions(): Promise<Record<string, string>> {
    this.versions ??= Promise.all(CASES.map(async (c) => [c.id, contentVersion(await caseContent(c.id))] as const)).then((pairs) =>
      Object.fromEntries(pairs),
    );
    return this.versions;
  }
}
