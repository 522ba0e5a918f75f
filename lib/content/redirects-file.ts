import yaml from 'js-yaml';
import { problem } from '../messages';
import type { Problem } from '../problems';
import type { Redirect } from './redirects';

/**
 * `content/redirects.yml`: old addresses of the site that are not posts' own (those are
 * written in each post's `redirect_from`), as a list of `from:`/`to:` pairs.
 */
export function parseRedirectsFile(file: string, text: string): { redirects: Redirect[]; problems: Problem[] } {
  let data: unknown;
  // The line each entry of the top-level list starts on, for messages: the parser reports where
  // each node opens and what it read when it closes; the entries are the nodes two levels down.
  const entryLines = new Map<unknown, number>();
  const opened: number[] = [];
  const listener = (event: yaml.EventType, state: yaml.State) => {
    if (event === 'open') opened.push(state.line + 1);
    else {
      const line = opened.pop();
      const value: unknown = state.result;
      if (opened.length === 1 && line !== undefined && typeof value === 'object' && value !== null && !entryLines.has(value)) entryLines.set(value, line);
    }
  };
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA, listener }) ?? [];
  } catch (e) {
    const mark = e instanceof yaml.YAMLException ? (e.mark as { line?: number } | undefined) : undefined;
    const reason = (e instanceof Error ? e.message.split('\n')[0] : undefined) ?? String(e);
    return { redirects: [], problems: [problem('yamlFileSyntax', file, { reason, list: 'redirects' }, { line: mark?.line !== undefined ? mark.line + 1 : undefined })] };
  }
  if (!Array.isArray(data)) return { redirects: [], problems: [problem('redirectsNotList', file, undefined)] };
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  data.forEach((entry: unknown, i) => {
    const e = entry as { from?: unknown; to?: unknown } | null;
    const line = entryLines.get(entry);
    if (typeof e?.from !== 'string' || typeof e.to !== 'string') {
      problems.push(problem('redirectEntryIncomplete', file, { index: i + 1 }, { line }));
    } else redirects.push({ from: e.from, to: e.to, file, line });
  });
  return { redirects, problems };
}
