import { formatProblems } from '../problems';
import type { FileStatus, ImportReport } from './index';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report `npm run import:jekyll` prints: what it did, what it fixed, what is left to do. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  const written = report.dryRun ? 'to write' : 'written';
  const label: Record<FileStatus, string> = { written, unchanged: 'unchanged', skipped: 'skipped' };
  out.push(`Import of the Jekyll site ${report.site}${report.dryRun ? ' (dry run: nothing written)' : ''}`);

  const sections = [
    { title: 'Posts', kind: 'post' },
    { title: 'Author profiles', kind: 'author' },
    { title: 'Files copied into public/', kind: 'copy' },
    { title: 'Old addresses of the site (its _redirects)', kind: 'redirects' },
  ] as const;
  for (const { title, kind } of sections) {
    const files = report.files.filter((f) => f.kind === kind);
    if (!files.length) continue;
    out.push('', `${title}:`);
    for (const f of files) {
      const from = kind === 'author' || kind === 'redirects' ? '' : `  (from ${f.source})`;
      out.push(`  ${label[f.status].padEnd(9)}  ${f.target}${f.kind === 'post' && f.draft ? ' [draft]' : ''}${from}`);
    }
  }

  const count = (status: FileStatus) => report.files.filter((f) => f.status === status).length;
  const { posts, drafts } = report.imported;
  out.push(
    '',
    `${plural(posts, 'post')} imported (${drafts} draft${drafts === 1 ? '' : 's'}, not published), ` +
      `${plural(report.files.filter((f) => f.kind === 'copy' && f.status !== 'skipped').length, 'file')} copied; ` +
      `${count('written')} ${written}, ${count('unchanged')} unchanged, ${report.skipped.length} skipped`,
  );
  if (report.skipped.length) out.push('', `Skipped (${report.skipped.length}):`, indent(formatProblems(report.skipped)));
  if (report.fixes.length) out.push('', `Fixes made (${report.fixes.length}), to review:`, indent(formatProblems(report.fixes)));
  if (report.problems.length) {
    out.push('', `Problems left (${report.problems.length}): the posts build, these need a person:`, indent(formatProblems(report.problems)));
  }
  return out.join('\n');
}

const indent = (text: string) => text.replace(/^/gm, '  ');
