/**
 * `npm run import:jekyll -- <Jekyll site> [--dry-run] [--add-tags] [--pages] [--target <dir> | --content <dir> --public <dir>] [--old-site-url <url>]`:
 * imports a Jekyll blog's posts into content/posts/ and the files they use into public/
 * (lib/import does the work), then prints the report. Exits 1 only when nothing could be imported.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFromEnv } from '../lib/content';
import { importJekyll } from '../lib/import';
import { formatReport, importVerdict } from '../lib/import/report';
import { checkContent } from '../lib/check';
import { messages } from '../lib/messages';
import { errorsOf, formatProblems } from '../lib/problems';

const t = messages().report;

function fail(message: string): never {
  console.error(`${message}\n${t.usage}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'add-tags': { type: 'boolean', default: false },
      pages: { type: 'boolean', default: false },
      target: { type: 'string' },
      content: { type: 'string' },
      public: { type: 'string' },
      'old-site-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
if (args.values.help) {
  console.log(t.usage);
  process.exit(0);
}
const [site, ...extra] = args.positionals;
if (!site || extra.length) fail(site ? t.oneSite(args.positionals.join(' ')) : t.whichSite);

const oldSiteUrl = args.values['old-site-url'];
if (oldSiteUrl !== undefined && !/^https?:\/\/[^/?#\s]+[^\s]*$/i.test(oldSiteUrl)) {
  fail(t.badOldSiteUrl(oldSiteUrl));
}
const target = args.values.target ? path.resolve(args.values.target) : undefined;
const contentDir = path.resolve(args.values.content ?? (target ? path.join(target, 'content') : contentDirFromEnv()));
const publicDir = path.resolve(args.values.public ?? (target ? path.join(target, 'public') : 'public'));
const result = importJekyll({ site: path.resolve(site), contentDir, publicDir, dryRun: args.values['dry-run'], addTags: args.values['add-tags'], pages: args.values.pages, ...(oldSiteUrl ? { oldSiteUrl } : {}) });
if ('notASite' in result) {
  console.error(`${result.notASite}\n${t.whatIsASite}`);
  process.exit(1);
}
console.log(formatReport(result.report));
if (result.report.imported.posts === 0) {
  console.error(t.nothingImported);
  process.exitCode = 1;
} else if (!result.report.dryRun) {
  // The last word is whether the site builds: the same checks as \`npm run check\` and the build, on what was written.
  const report = checkContent({ contentDir, publicDir });
  const errors = errorsOf(report.problems);
  console.log(`\n${importVerdict(report.problems)}`);
  if (errors.length) console.log(formatProblems(errors).replace(/^/gm, '  '));
  if (target) {
    const rel = path.relative(process.cwd(), target) || '.';
    console.log(t.howToBuild(rel));
  }
}
