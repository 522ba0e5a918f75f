/**
 * `npm run test:rebuild`: a rebuild that keeps the last build's pages (lib/page-reuse.ts) writes
 * the site a whole build writes. On a copy of the end-to-end fixtures (both languages, pagination,
 * covers, translations), built with scripts/build-variant.ts:
 *
 * 1. a whole build, then one post's body edited and the site built again, twice: each rebuild renders
 *    the edited post alone and keeps every other page (the second, pages a rebuild kept);
 * 2. the same content built whole (no page kept): every file of out/ is the same as the last
 *    rebuild's, byte for byte, but for the folder named after Next's random build id;
 * 3. a title edited: every page is rendered again, since every list shows it;
 * 4. a kept page missing (a cache restored in part): every page is rendered again.
 *
 * Results go to the terminal and to reports/rebuild.json (scripts/differential/json-reporter.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { messages } from '../lib/messages';
import { KEPT_DIR } from './reuse/kept-pages';

const work = mkdtempSync(path.join(tmpdir(), 'rebuild-'));
const contentDir = path.join(work, 'content');
const edited = path.join(contentDir, 'posts', 'en', '2021-03-15-article-03.md');
const editedPage = 'en/blog/2021/03/15/article-03/index.html';
const SENTENCE = 'A sentence added after the first build, to be seen in the rebuilt page.';
const SECOND = 'Another sentence, added after the rebuild.';
const KEPT_RECORD = path.join('.cache', 'build', 'pages.json');
const { pages } = messages().build;

/** Builds the copy into `<work>/<name>/`; its output, or the build's error with it. */
function build(name: string): string {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/build-variant.ts', contentDir, '', path.join(work, name)], {
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-12-01' },
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`the build of ${name} failed:\n${output}`);
  return output;
}

/** Every file under `dir` by path, Next's build-id folder named the same in every build. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else found.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  const buildId = readdirSync(path.join(dir, '_next', 'static')).find((n) => !['chunks', 'media'].includes(n));
  return new Map([...found].map(([file, data]) => [buildId ? file.replace(`_next/static/${buildId}/`, '_next/static/<build>/') : file, data]));
}

/** The two texts around their first difference. */
function whereTheyDiffer(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (data: Buffer) => data.subarray(Math.max(0, i - 150), i + 150).toString('utf8');
  return `rebuilt: …${around(a)}…\nwhole:   …${around(b)}…`;
}

const pagesLine = (output: string) => output.split('\n').find((l) => l.startsWith(pages.all('code').split(' ')[0]!)) ?? '(no line about pages)';

describe('a rebuild that keeps pages', () => {
  const outputs = new Map<string, string>();

  before(() => {
    cpSync(path.resolve('e2e/fixtures/content'), contentDir, { recursive: true });
    rmSync(KEPT_RECORD, { force: true });
    outputs.set('first', build('first'));
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n${SENTENCE}\n`);
    outputs.set('rebuilt', build('rebuilt'));
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n${SECOND}\n`);
    outputs.set('rebuilt-again', build('rebuilt-again'));
    rmSync(KEPT_RECORD, { force: true });
    outputs.set('whole', build('whole'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('the first build renders every page; after a body is edited, each rebuild renders that post alone', () => {
    assert.equal(pagesLine(outputs.get('first')!), pages.all('none-kept'));
    const onePost = new RegExp(`^${pages.some(1, 0).replace(/ 0 .*/, ' \\d+ ')}`);
    assert.match(pagesLine(outputs.get('rebuilt')!), onePost);
    assert.ok(readFileSync(path.join(work, 'rebuilt', editedPage), 'utf8').includes(SENTENCE), `${editedPage} shows the sentence added`);
    // The record a rebuild writes keeps its pages usable by the next one.
    assert.match(pagesLine(outputs.get('rebuilt-again')!), onePost);
    assert.ok(readFileSync(path.join(work, 'rebuilt-again', editedPage), 'utf8').includes(SECOND), `${editedPage} shows the second sentence`);
  });

  test('the rebuild wrote the same files as a whole build of the same content', () => {
    assert.equal(pagesLine(outputs.get('whole')!), pages.all('none-kept'));
    const rebuilt = files(path.join(work, 'rebuilt-again'));
    const whole = files(path.join(work, 'whole'));
    assert.ok(whole.has(editedPage) && whole.size > 100, `a whole site (${whole.size} files)`);
    assert.deepEqual([...rebuilt.keys()].sort(), [...whole.keys()].sort());
    const differ = [...rebuilt].filter(([file, data]) => !data.equals(whole.get(file)!)).map(([file]) => file);
    assert.deepEqual(differ, [], differ.length ? `${differ.join(', ')} differ; the first, where it starts:\n${whereTheyDiffer(rebuilt.get(differ[0]!)!, whole.get(differ[0]!)!)}` : undefined);
  });

  test('a title edited renders every page again', () => {
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: A title edited after the first build'));
    assert.equal(pagesLine(build('retitled')), pages.all('content'));
  });

  test('a kept page missing renders every page again', () => {
    rmSync(path.join(KEPT_DIR, editedPage));
    assert.equal(pagesLine(build('partly-kept')), pages.all('none-kept'));
  });
});
