// The cases whose content is finished for issue 10 and issue 11.3. For these the validator
// also requires a proof for every statement with `# answer:` and enforces the pacing limits
// (no line over 40 words, no run of more than 8 lines outside the opening scene, minutes ≤ 35).
// A content writer adds the case here, one per line, in the commit where it passes.
// (Whatever a proof says is checked for every case, listed here or not.)
export const CHECKED_CASES: readonly string[] = [
  'prologue',
  'drammen-1',
  'drammen-2',
  'coyoacan-1',
  'coyoacan-2',
  'coyoacan-3',
  'coyoacan-4',
];

export function isChecked(caseId: string): boolean {
  return CHECKED_CASES.includes(caseId);
}
