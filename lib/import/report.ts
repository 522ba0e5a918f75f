import { errorsOf, formatProblems, type Problem } from '../problems';
import type { FileStatus, ImportReport } from './index';
import type { SiteTag } from './tags';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report `npm run import:jekyll` prints: what it did, what it fixed, what is left to do. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  const written = report.dryRun ? 'to write' : 'written';
  const label: Record<FileStatus, string> = { written, unchanged: 'unchanged', skipped: 'skipped' };
  out.push(`Import of the Jekyll site ${report.site}${report.dryRun ? ' (dry run: nothing written)' : ''}`);

  const sections = [
    { title: 'Posts', kind: 'post' },
    { title: 'Pages (content/pages/)', kind: 'page' },
    { title: 'Author profiles', kind: 'author' },
    { title: 'Files copied into public/', kind: 'copy' },
    { title: 'Old addresses of the site (its _redirects, its pages)', kind: 'redirects' },
    { title: 'Allowed tags', kind: 'tags' },
  ] as const;
  for (const { title, kind } of sections) {
    const files = report.files.filter((f) => f.kind === kind);
    if (!files.length) continue;
    out.push('', `${title}:`);
    for (const f of files) {
      const from = kind === 'author' || kind === 'redirects' || kind === 'tags' ? '' : `  (from ${f.source})`;
      out.push(`  ${label[f.status].padEnd(9)}  ${f.target}${f.kind === 'post' && f.draft ? ' [draft]' : ''}${from}`);
    }
  }

  out.push(...formatTags(report));

  const count = (status: FileStatus) => report.files.filter((f) => f.status === status).length;
  const { posts, drafts } = report.imported;
  out.push(
    '',
    `${plural(posts, 'post')} imported (${drafts} draft${drafts === 1 ? '' : 's'}, not published), ` +
      `${plural(report.files.filter((f) => f.kind === 'copy' && f.status !== 'skipped').length, 'file')} copied; ` +
      `${count('written')} ${written}, ${count('unchanged')} unchanged, ${report.skipped.length} skipped`,
  );
  if (report.skipped.length) out.push('', `Skipped (${report.skipped.length}):`, indent(formatProblems(report.skipped, 'en')));
  if (report.fixes.length) out.push('', `Fixes made (${report.fixes.length}), to review:`, indent(formatProblems(report.fixes, 'en')));
  if (report.problems.length) {
    // Only the check of the written site (importVerdict) says whether it builds: this heading promises nothing.
    out.push('', `Problems left (${report.problems.length}), for a person to look at:`, indent(formatProblems(report.problems, 'en')));
  }
  return out.join('\n');
}

/** The old site's tags with their counts: what became of each, and how their spellings were read. */
function formatTags(report: ImportReport): string[] {
  const { tags } = report;
  if (!tags.length) return [];
  const uses = tags.reduce((n, t) => n + t.count, 0);
  const out = [
    '',
    `Tags of the old site (${plural(tags.length, 'tag')}, ${plural(uses, 'use')}), most used first. Read as this site writes tags: ` +
      'lower case, one space between words; spellings that would share a tag page (/tag/<slug>/) are one tag:',
  ];
  const width = Math.max(...tags.map((t) => t.name.length));
  const added = report.dryRun ? `to add to ${report.tagsFile}` : `added to ${report.tagsFile}`;
  const said: Record<SiteTag['status'], string> = {
    allowed: 'allowed',
    added,
    'not allowed': 'not allowed: kept in imported_tags',
    'no address': 'no letter or digit to make its page: kept in imported_tags',
  };
  for (const t of tags) {
    const spellings = t.spellings.length ? `  (written ${t.spellings.map((s) => `${JSON.stringify(s.written)} ×${s.count}`).join(', ')})` : '';
    out.push(`  ${String(t.count).padStart(4)}  ${t.name.padEnd(width)}  ${said[t.status]}${spellings}`);
  }
  const left = tags.filter((t) => t.status === 'not allowed').length;
  if (left) out.push(`  ${plural(left, 'tag')} not allowed here: run the import again with --add-tags to add ${left === 1 ? 'it' : 'them'} to ${report.tagsFile}, so that the posts keep ${left === 1 ? 'it' : 'them'}.`);
  return out;
}

const indent = (text: string) => text.replace(/^/gm, '  ');

/** The last line of an import: what `npm run check` says of the site as it now is, so whether it builds. */
export function importVerdict(problems: readonly Problem[]): string {
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return errors
    ? `npm run check on the imported site: ${counts}. It does not build until the errors below are fixed.`
    : `npm run check on the imported site: ${counts}. It builds.`;
}
