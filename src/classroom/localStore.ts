// The few things the classroom features keep on this device: the student's name and the
// debrief answers per case. localStorage when the browser allows it, memory otherwise.
const PREFIX = 'exhibit-1937/';
const memory = new Map<string, string>();

function get(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function set(key: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + key, value);
  } catch {
    memory.set(key, value);
  }
}

export function studentName(): string {
  return get('student-name') ?? '';
}

export function setStudentName(name: string): void {
  set('student-name', name.replace(/\s+/g, ' ').trim().slice(0, 80));
}

export function savedAnswers(caseId: string): Record<string, string> {
  try {
    const v = JSON.parse(get(`answers/${caseId}`) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function saveAnswer(caseId: string, question: string, answer: string): void {
  const all = savedAnswers(caseId);
  all[question] = answer;
  set(`answers/${caseId}`, JSON.stringify(all));
}
