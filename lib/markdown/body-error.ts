import { describe, messages } from '../messages';
import type { BodyProblem } from './read-body';

/**
 * Thrown by the renderer for a body it refuses to read (a hostile shape, an MDX syntax error):
 * `npm run check` reports the same problem first, so a build only meets it for content the
 * check was not run on. The caller names the file.
 */
export class BodyError extends Error {
  constructor(readonly problem: BodyProblem) {
    const { code, message, fix } = describe(problem.spec);
    super(messages().format.bodyError(problem.line, `[${code}] ${message}`, fix));
    this.name = 'BodyError';
  }
}
