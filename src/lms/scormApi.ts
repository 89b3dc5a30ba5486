// The LMS's SCORM API as the game uses it, one shape for both versions: SCORM 1.2's window.API
// (LMSInitialize, LMSGetValue…, cmi.core.*) and SCORM 2004's window.API_1484_11 (Initialize,
// GetValue…, cmi.*). The LMS puts the object in a parent frame (or the opener) of the game;
// the game looks for it only when its index.html was marked by a SCORM package.
import type { ScormVersion } from './resumeState';

interface Api12 {
  LMSInitialize(a: ''): string;
  LMSFinish(a: ''): string;
  LMSGetValue(k: string): string;
  LMSSetValue(k: string, v: string): string;
  LMSCommit(a: ''): string;
  LMSGetLastError(): string | number;
}
interface Api2004 {
  Initialize(a: ''): string;
  Terminate(a: ''): string;
  GetValue(k: string): string;
  SetValue(k: string, v: string): string;
  Commit(a: ''): string;
  GetLastError(): string | number;
}

/** Element names that differ between the versions. */
const NAMES = {
  '1.2': {
    learnerName: 'cmi.core.student_name', suspend: 'cmi.suspend_data', location: 'cmi.core.lesson_location', entry: 'cmi.core.entry',
    status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max', exit: 'cmi.core.exit',
    response: 'student_response',
  },
  '2004': {
    learnerName: 'cmi.learner_name', suspend: 'cmi.suspend_data', location: 'cmi.location', entry: 'cmi.entry',
    status: 'cmi.completion_status', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max', exit: 'cmi.exit',
    response: 'learner_response',
  },
} as const;
export type Element = keyof (typeof NAMES)['1.2'];

/** One LMS session: calls in the version's own words; every failure is kept, never thrown. */
export class ScormApi {
  readonly errors: string[] = [];
  constructor(readonly version: ScormVersion, private readonly api: Api12 | Api2004) {}

  private call(name: string, ...args: string[]): string {
    try {
      const fn = (this.api as unknown as Record<string, (...a: string[]) => unknown>)[name];
      const result = String(fn.apply(this.api, args));
      if (result === 'false' || (name.endsWith('Value') && name.includes('Set') && result !== 'true')) {
        this.errors.push(`${name}(${args.join(', ')}) failed: error ${String(this.version === '1.2' ? (this.api as Api12).LMSGetLastError() : (this.api as Api2004).GetLastError())}`);
      }
      return result;
    } catch (e) {
      this.errors.push(`${name}: ${String(e)}`);
      return 'false';
    }
  }

  name(el: Element): string {
    return NAMES[this.version][el];
  }

  initialize(): boolean {
    return this.call(this.version === '1.2' ? 'LMSInitialize' : 'Initialize', '') === 'true';
  }
  get(el: Element | string): string {
    const key = el in NAMES['1.2'] ? this.name(el as Element) : el;
    return this.call(this.version === '1.2' ? 'LMSGetValue' : 'GetValue', key);
  }
  set(el: Element | string, value: string): boolean {
    const key = el in NAMES['1.2'] ? this.name(el as Element) : el;
    return this.call(this.version === '1.2' ? 'LMSSetValue' : 'SetValue', key, value) === 'true';
  }
  commit(): boolean {
    return this.call(this.version === '1.2' ? 'LMSCommit' : 'Commit', '') === 'true';
  }
  finish(): boolean {
    return this.call(this.version === '1.2' ? 'LMSFinish' : 'Terminate', '') === 'true';
  }
}

/** The LMS's API object: the nearest parent frame (then the opener's) that has it. */
export function findScormApi(version: ScormVersion, from: Window = window): ScormApi | null {
  const key = version === '1.2' ? 'API' : 'API_1484_11';
  const search = (start: Window | null): unknown => {
    let w: Window | null = start;
    for (let depth = 0; w && depth < 10; depth++) {
      try {
        const api = (w as unknown as Record<string, unknown>)[key];
        if (api) return api;
      } catch {
        /* a frame of another origin: look further up */
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  const api = search(from) ?? search(from.opener as Window | null);
  return api ? new ScormApi(version, api as Api12 | Api2004) : null;
}
