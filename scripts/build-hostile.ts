/**
 * `npm run build:hostile`: what `npm run check` lets through of test/fixtures/hostile must build into a
 * safe site. Copies into a temporary content folder the posts and profiles the check accepts (no error;
 * warnings are fine) and the redirects.yml entries it accepts, checks the copy passes, then builds it
 * with scripts/build-variant.ts into out-hostile/, which e2e/hostile.spec.ts reads.
 *
 * The site's own public/ is used: the fixture's public/ only gives the check a file for a redirect to
 * shadow (img/social-card.png, which public/ holds too), and no accepted post refers to any of its files.
 * The files a refused redirect would write outside out/ (/tmp/x.html, …) must be absent before and after.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errorsOf, formatProblems, type Problem } from '../lib/problems';
import { checkHostile, entryLines, escapeTargets, HOSTILE_CONTENT, HOSTILE_NOW } from '../test/fixtures/hostile/cases';

const OUT_DIR = 'out-hostile';
const PUBLIC_DIR = path.resolve('public');

function fail(message: string): never {
  console.error(`build:hostile: ${message}`);
  process.exit(1);
}

/** Copies the accepted files of content/posts/ and content/authors/; returns what it left out. */
function copyAccepted(errors: readonly Problem[], to: string): string[] {
  const refused = new Set(errors.map((p) => p.file));
  const left: string[] = [];
  for (const folder of ['posts', 'authors']) {
    mkdirSync(path.join(to, folder), { recursive: true });
    for (const name of readdirSync(path.join(HOSTILE_CONTENT, folder)).sort()) {
      const file = `content/${folder}/${name}`;
      if (refused.has(file)) left.push(file);
      else copyFileSync(path.join(HOSTILE_CONTENT, folder, name), path.join(to, folder, name));
    }
  }
  return left;
}

/** redirects.yml with only the entries that no error names by their line. */
function acceptedRedirects(errors: readonly Problem[]): { text: string; kept: number; left: number } {
  const text = readFileSync(path.join(HOSTILE_CONTENT, 'redirects.yml'), 'utf8');
  const mine = errors.filter((p) => p.file === 'content/redirects.yml');
  const lines = text.split(/\r?\n/);
  const starts = entryLines(text);
  // An error of the whole file (no line, or a line that starts no entry) refuses every entry.
  if (mine.some((p) => p.line === undefined || !starts.includes(p.line))) return { text: '[]\n', kept: 0, left: starts.length };
  const refused = new Set(mine.map((p) => p.line));
  const kept = starts.filter((s) => !refused.has(s));
  const entry = (start: number) => {
    const end = starts.find((s) => s > start) ?? lines.length + 1;
    return lines.slice(start - 1, end - 1).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  };
  return { text: kept.length ? `${kept.flatMap(entry).join('\n')}\n` : '[]\n', kept: kept.length, left: starts.length - kept.length };
}

const started = performance.now();
const targets = escapeTargets(['out', OUT_DIR]);
const present = targets.filter((t) => existsSync(t));
if (present.length) fail(`these files exist before the build; the hostile build checks that it writes none of them, so move them away first:\n  ${present.join('\n  ')}`);

const errors = errorsOf(checkHostile().problems);
const root = mkdtempSync(path.join(tmpdir(), 'hostile-site-'));
const contentDir = path.join(root, 'content');
try {
  const leftOut = copyAccepted(errors, contentDir);
  const redirects = acceptedRedirects(errors);
  writeFileSync(path.join(contentDir, 'redirects.yml'), redirects.text);
  const copied = ['posts', 'authors'].flatMap((f) => readdirSync(path.join(contentDir, f)).map((n) => `content/${f}/${n}`));
  console.log(`build:hostile: ${copied.length} files the check accepts (${copied.join(', ')}) and ${redirects.kept} redirects.yml entries;`);
  console.log(`  ${leftOut.length} files and ${redirects.left} entries refused, left out`);

  const again = checkHostile(contentDir, PUBLIC_DIR).problems;
  if (errorsOf(again).length) fail(`the accepted files do not pass the check together:\n${formatProblems(errorsOf(again))}`);

  const date = HOSTILE_NOW.toISOString().slice(0, 10);
  const build = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/build-variant.ts', contentDir, '', OUT_DIR], {
    stdio: 'inherit',
    env: { ...process.env, BUILD_DATE: date },
  });
  if (build.status !== 0) fail(`the build of the accepted files failed (exit ${build.status ?? build.signal})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}

const written = targets.filter((t) => existsSync(t));
if (written.length) fail(`the build wrote outside ${OUT_DIR}/:\n  ${written.join('\n  ')}`);
console.log(`build:hostile: ${OUT_DIR}/ written, nothing outside it, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
