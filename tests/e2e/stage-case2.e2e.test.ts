// The stage in Case 2's four sittings (the Prologue, Case 1 and the objection beat are in
// stage.e2e.test.ts, so the two files run side by side). What is checked: stagePixels.ts.
import { CASES } from '../../src/content/caseList';
import { useBrowser } from './browser';
import { describeStageFor } from './stagePixels';

const browserFor = useBrowser();

describeStageFor(CASES.filter((c) => c.group === 'The Blue House').map((c) => c.id), browserFor);
