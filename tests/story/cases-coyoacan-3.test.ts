// The checks of every case (tests/helpers/caseChecks.ts) for coyoacan-3, whose walk is long
// enough to be worth a worker of its own.
import { checkCase } from '../helpers/caseChecks';

checkCase('coyoacan-3');
