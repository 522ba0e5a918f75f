/**
 * The files of a Jekyll site that its pages could link to, as paths from the site root.
 * Lookups tolerate what worked on the old host but breaks on a Linux one: another case
 * (`x.JPG` for `x.jpg`) and another Unicode form of an accented name (macOS writes `é` as `e` + accent).
 */
export interface SiteFiles {
  /** The file a URL path names (decoded, without query), exactly or up to case and Unicode form. */
  find(urlPath: string): { path: string; exact: boolean } | undefined;
}

const fold = (p: string) => p.normalize('NFC').toLowerCase();

export function siteFiles(paths: readonly string[]): SiteFiles {
  const exact = new Set(paths);
  const folded = new Map<string, string[]>();
  for (const p of paths) folded.set(fold(p), [...(folded.get(fold(p)) ?? []), p]);
  return {
    find(urlPath) {
      const rel = urlPath.replace(/^\/+/, '');
      if (exact.has(rel)) return { path: rel, exact: true };
      const candidates = folded.get(fold(rel)) ?? [];
      // Two files that differ only by case: no way to tell which one was meant.
      return candidates.length === 1 ? { path: candidates[0]!, exact: false } : undefined;
    },
  };
}

/** Folders of a Jekyll site that hold sources or build output, never files a page links to. */
export const isSiteContentPath = (rel: string) =>
  !rel.split('/').some((seg) => seg.startsWith('_') || seg.startsWith('.') || seg === 'node_modules' || seg === 'vendor');
