import { readFileSync } from 'node:fs';
import { awaitBuildFile } from './build-handoff';

/**
 * Next's static export refuses a dynamic route whose `generateStaticParams` returns no
 * entry, which a young blog hits (no tag yet, no post yet). Such a route gets one stand-in
 * entry; its page finds nothing and renders the 404, and the postbuild step deletes it.
 */
export const PLACEHOLDER_PARAM = 'aucun';

/**
 * Names the file that says which pages a build renders (scripts/reuse/plan.ts): `{ "pages": [...] }`
 * in a rebuild that keeps every other page of the last build as it was, since nothing it shows has
 * changed (lib/page-reuse.ts); `{ "pages": null }` in a whole build.
 */
export const RENDER_ONLY_ENV = 'RENDER_ONLY';

let renderOnly: { file: string; pages: ReadonlySet<string> | undefined } | undefined;

/** The site paths this build renders, when it is a rebuild that keeps the others; undefined in a whole build. */
export function pagesToRender(): ReadonlySet<string> | undefined {
  const file = process.env[RENDER_ONLY_ENV];
  if (!file) return undefined;
  if (renderOnly?.file !== file) {
    awaitBuildFile(file);
    const { pages } = JSON.parse(readFileSync(file, 'utf8')) as { pages: string[] | null };
    renderOnly = { file, pages: pages ? new Set(pages) : undefined };
  }
  return renderOnly.pages;
}

/**
 * The entries of a dynamic route for this build: all of them, with a stand-in when there is
 * none. In a rebuild that keeps the last build's pages, only those of the pages to render again
 * (`pathOf` gives an entry's site path), and when none is, the first alone, rendered afresh like
 * any page of a whole build, since the export still refuses a route without entries.
 */
export function atLeastOne<K extends string>(
  params: Record<K, string>[],
  keys: readonly K[],
  pathOf?: (params: Record<K, string>, index: number) => string,
): Record<K, string>[] {
  const only = pagesToRender();
  if (only && params.length) {
    const kept = pathOf ? params.filter((p, i) => only.has(pathOf(p, i))) : [];
    return kept.length ? kept : params.slice(0, 1);
  }
  if (params.length) return params;
  return [Object.fromEntries(keys.map((k) => [k, PLACEHOLDER_PARAM])) as Record<K, string>];
}
