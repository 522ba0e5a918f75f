/**
 * `npm run check`: every content problem of every file in one run, then exit 1 if any is an error.
 */
import { runCheck } from './run-check';

process.exitCode = runCheck().errors ? 1 : 0;
