// Classroom use, wired into the game: the assignment from the link (?assign=…), the routes
// #teacher, #class and #guide, and the student report. No accounts, no server: the only
// thing that leaves the device is a report file the student chooses to download.
import { CASES } from '../content/caseList';
import { caseContent } from '../content/cases';
import { contentVersion } from '../save/saveGame';
import { MAX_MARKS } from '../story/modes';
import type { CaseSession } from '../story/caseSession';
import { assignmentFromSearch, type Assignment } from '../classroom/assignment';
import { buildReport } from '../classroom/report';
import { studentName } from '../classroom/localStore';
import { assignmentPanel, requireName, teacherLinks, type TitleClassroom } from '../ui/assignmentPanel';
import { closePage, isPageOpen } from '../ui/classroomPage';
import { answersFor } from '../ui/debriefAnswers';
import { showReport } from '../ui/reportView';
import { showTeacherPage } from '../ui/teacherPage';
import { showClassView } from '../ui/classViewPage';
import { showTeacherGuide } from '../ui/teacherGuide';

export type Route = 'teacher' | 'class' | 'guide';
const ROUTES: readonly Route[] = ['teacher', 'class', 'guide'];

export interface ClassroomHooks {
  /** Back to the title screen (also leaves a running case). */
  showTitle(): void;
  /** Leaves a running case without showing the title (a classroom page takes over). */
  leaveCase(): void;
}

export class Classroom {
  /** The teacher's settings from the link, if the game was opened with a valid one. */
  readonly assignment: Assignment | null;
  /** Why the link could not be used (shown on the title screen), if it could not. */
  readonly linkProblem: string | null;
  private versions: Promise<Record<string, string>> | null = null;

  constructor(private readonly hooks: ClassroomHooks, search = window.location.search) {
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
    return {
      panel: a ? assignmentPanel(a) : null,
      mode: a?.mode ?? null,
      cases: a?.cases ?? null,
      footer: a ? null : teacherLinks({ teacher: () => this.go('teacher'), guide: () => this.go('guide') }),
    };
  }

  /** A student on an assignment types a name before starting; false when it is missing. */
  readyToStart(): boolean {
    return this.assignment ? requireName() : true;
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
    };
    if (r === 'teacher') showTeacherPage(actions);
    else if (r === 'class') showClassView({ ...actions, versions: () => this.contentVersions() });
    else showTeacherGuide(actions);
    return true;
  }

  /** Navigates (the browser's Back button works too). */
  go(route: Route | null): void {
    const url = `${window.location.pathname}${window.location.search}${route ? `#${route}` : ''}`;
    window.history.pushState(null, '', url);
    this.route();
  }

  /** The student's report for the case in play, as a page over the game. */
  showReport(session: CaseSession): void {
    const content = session.content;
    const version = contentVersion(content);
    const build = () =>
      buildReport({
        session,
        contentVersion: version,
        student: studentName(),
        assignment: this.assignment,
        answers: answersFor(content.id, session.debriefQuestions),
        maxMarks: MAX_MARKS,
      });
    showReport(build, { studentName: studentName(), onClose: () => closePage() });
  }

  /** Content versions of every case in this build (loads each case once). */
  private contentVersions(): Promise<Record<string, string>> {
    this.versions ??= Promise.all(CASES.map(async (c) => [c.id, contentVersion(await caseContent(c.id))] as const)).then((pairs) =>
      Object.fromEntries(pairs),
    );
    return this.versions;
  }
}
