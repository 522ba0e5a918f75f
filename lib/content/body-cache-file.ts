import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BodyAnalysis, BodyAnalysisCache } from './body-checks';
import { writeFileAtomic } from '../atomic-file';
import { codeVersion } from '../code-version';

/**
 * The body analyses of the last `npm run check`, build or dev preview, kept in .cache/: reading the trees of
 * every body is most of a check's time, and most bodies have not changed since. An analysis is
 * found by a hash of the body's text; the whole file is dropped when the code that reads bodies
 * (or any package) changed, so a stale analysis is never used.
 */
const FILE = path.join(process.cwd(), '.cache', 'body-analysis.json');

/** Everything an analysis depends on besides the text. */
const analysisCodeVersion = () => codeVersion(['lib/markdown', 'lib/content', 'lib/messages'], ['site.config.ts']);

/** This run's analyses, falling back on the last run's: what is saved is this run's alone, so deleted posts leave. */
class CarriedOver extends Map<string, BodyAnalysis> {
  /** Whether this run read a body the last run had not. */
  grew = false;
  constructor(private readonly previous: ReadonlyMap<string, BodyAnalysis>) {
    super();
  }
  override get(key: string): BodyAnalysis | undefined {
    return super.get(key) ?? this.previous.get(key);
  }
  override set(key: string, analysis: BodyAnalysis): this {
    if (!this.previous.has(key)) this.grew = true;
    return super.set(key, analysis);
  }
}

export function loadBodyCache(): { cache: BodyAnalysisCache; save(): void } {
  const version = analysisCodeVersion();
  let previous = new Map<string, BodyAnalysis>();
  try {
    const stored = JSON.parse(readFileSync(FILE, 'utf8')) as { version: string; entries: [string, BodyAnalysis][] };
    if (stored.version === version) previous = new Map(stored.entries);
  } catch {
    // No cache yet, or an unreadable one: every body is read.
  }
  const cache = new CarriedOver(previous);
  return {
    cache,
    save() {
      // Unchanged when no body is new and none has gone.
      if (!cache.grew && cache.size === previous.size) return;
      // A check and the dev server may both save it.
      writeFileAtomic(FILE, JSON.stringify({ version, entries: [...cache] }));
    },
  };
}
