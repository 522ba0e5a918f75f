import { messages, siteLang, type Lang } from '../messages';
import { errorsOf, formatProblems, type Problem } from '../problems';
import type { FileStatus, ImportReport } from './index';

const KINDS = ['post', 'page', 'author', 'copy', 'redirects', 'tags'] as const;

/** The report `npm run import:jekyll` prints, in the site's language (or `lang`): what it did, what it fixed, what is left to do. */
export function formatReport(report: ImportReport, lang: Lang = siteLang): string {
  const t = messages(lang).report;
  const out: string[] = [];
  const label: Record<FileStatus, string> = { written: t.status.written(report.dryRun), unchanged: t.status.unchanged, skipped: t.status.skipped };
  const width = Math.max(...Object.values(label).map((l) => l.length));
  out.push(t.title(report.site, report.dryRun));

  for (const kind of KINDS) {
    const files = report.files.filter((f) => f.kind === kind);
    if (!files.length) continue;
    out.push('', t.heading(t.sections[kind]));
    for (const f of files) {
      const from = kind === 'author' || kind === 'redirects' || kind === 'tags' ? '' : t.from(f.source);
      out.push(`  ${label[f.status].padEnd(width)}  ${f.target}${f.kind === 'post' && f.draft ? t.draft : ''}${from}`);
    }
  }

  out.push(...formatTags(report, lang));

  const count = (status: FileStatus) => report.files.filter((f) => f.status === status).length;
  out.push(
    '',
    t.totals({
      ...report.imported,
      copied: report.files.filter((f) => f.kind === 'copy' && f.status !== 'skipped').length,
      written: count('written'),
      unchanged: count('unchanged'),
      skipped: report.skipped.length,
      dryRun: report.dryRun,
    }),
  );
  if (report.skipped.length) out.push('', t.skipped(report.skipped.length), indent(formatProblems(report.skipped, lang)));
  if (report.fixes.length) out.push('', t.fixes(report.fixes.length), indent(formatProblems(report.fixes, lang)));
  if (report.problems.length) {
    // Only the check of the written site (importVerdict) says whether it builds: this heading promises nothing.
    out.push('', t.problems(report.problems.length), indent(formatProblems(report.problems, lang)));
  }
  return out.join('\n');
}

/** The old site's tags with their counts: what became of each, and how their spellings were read. */
function formatTags(report: ImportReport, lang: Lang): string[] {
  const t = messages(lang).report;
  const { tags } = report;
  if (!tags.length) return [];
  const uses = tags.reduce((n, tag) => n + tag.count, 0);
  const out = ['', t.tags(tags.length, uses)];
  const width = Math.max(...tags.map((tag) => tag.name.length));
  for (const tag of tags) {
    const spellings = tag.spellings.length ? t.spellings(tag.spellings) : '';
    out.push(`  ${String(tag.count).padStart(4)}  ${tag.name.padEnd(width)}  ${t.tagStatus(tag.status, report.tagsFile, report.dryRun)}${spellings}`);
  }
  const left = tags.filter((tag) => tag.status === 'not allowed').length;
  if (left) out.push(t.tagsLeft(left, report.tagsFile));
  return out;
}

const indent = (text: string) => text.replace(/^/gm, '  ');

/** The last line of an import, in the site's language (or `lang`): what `npm run check` says of the site as it now is, so whether it builds. */
export function importVerdict(problems: readonly Problem[], lang: Lang = siteLang): string {
  const errors = errorsOf(problems).length;
  return messages(lang).report.verdict(errors, problems.length - errors);
}
