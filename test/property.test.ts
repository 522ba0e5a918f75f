import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '../components/mdx-components';
import { checkContent } from '../lib/check';
import { errorsOf } from '../lib/problems';
import { renderPostBody } from '../lib/render';

/**
 * Whatever an author (or an attacker) writes, one of two things happens: `npm run check` reports
 * an error that names the file, or the post renders, and what it renders runs nothing. Random
 * front matter, Markdown, HTML and MDX are made from pieces that have broken blogs before.
 * The seed is fixed so that CI runs the same cases every time (set FC_SEED to explore others).
 */

const root = mkdtempSync(path.join(tmpdir(), 'property-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const publicDir = path.join(process.cwd(), 'public');

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('Un titre', 'L’été', 'a: b', '# pas un titre', '{{ page.title }}', '<b>gras</b>', '\u0001', 'é'.normalize('NFD'), '"', "'", '---'),
);

const frontMatterValue = fc.oneof(
  text.map((t) => JSON.stringify(t)),
  fc.constantFrom(
    '2018-09-24', '2018-02-31', '2030-01-01 10:00:00 +0200', 'true', '[]', '[design, évaluation]', '[a, b, c, d, e]',
    '/img/blog/team-building.jpg', 'data:image/png;base64,AAAA', 'javascript:alert(1)', '//evil.example/x.png', '/../../etc/passwd',
    '/index.html', '/feed.xml/', '"/*"', 'https://evil.example/', '{ a: 1 }', '- a\n  - b', '@handle', '',
  ),
);

// Half the posts start from valid front matter, so that many reach the renderer; the rest is random.
const validBase = fc.constantFrom('title: Un article\ndescription: Une description.\nauthor: Équipe EIG', 'title: Un article\ndescription: Une description.\nauthor: Équipe EIG', '');
const KEYS = ['title', 'description', 'author', 'tags', 'image', 'date', 'slug', 'redirect_from', 'twitter', 'draft'] as const;
const frontMatter = fc
  .tuple(validBase, fc.array(fc.tuple(fc.constantFrom(...KEYS), frontMatterValue), { maxLength: 3 }))
  .map(([base, fields]) => {
    // A key written twice is a YAML error of its own: the base gives way to the random value.
    const random = new Map(fields);
    const kept = base.split('\n').filter((line) => line && !random.has(line.split(':')[0] as (typeof KEYS)[number]));
    return [...kept, ...[...random].map(([key, value]) => `${key}: ${value}`)].join('\n');
  });

const htmlPiece = fc.constantFrom(
  '<script>alert(1)</script>', '<img src="/img/blog/team-building.jpg" alt="a" onerror="alert(1)">', '<img\n  src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>', '<p style="position:fixed;inset:0">x</p>', '<div class="fixed inset-0">x</div>',
  '<iframe src="https://evil.example/"></iframe>', '<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>x</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<base href="https://evil.example/">', '<form><input type="password"></form>',
  '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>', '<object data="x"></object>', '<style>body{display:none}</style>',
  '<math><mi xlink:href="javascript:x">x</mi></math>', '<details><summary>a</summary>b</details>', '<br>', '</div>', '<div>', '<!-- x -->',
);

const mdxPiece = fc.constantFrom(
  '<Figure src="/img/blog/team-building.jpg" alt="a" caption="c" />', '<Figure src="javascript:alert(1)" />', '<Figure src={x} />',
  '<VideoEmbed src="https://evil.example/x" />', '<Callout title="t">texte</Callout>', '<Tags names="design" />', '<Unknown />',
  '{alert(1)}', 'import x from "y"', 'export const a = 1', '<p style="color:red">x</p>', '<p onClick="x">y</p>', '<a href="javascript:x">y</a>',
  '<svg:set to="x" />', '<>frag</>', '{', '}', '<', '<br />', '<img src="/img/blog/team-building.jpg" alt="a" />',
);

const markdownPiece = fc.oneof(
  { weight: 3, arbitrary: text },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '# Titre', '> citation', '- liste', '1. liste', '```\ncode <script>\n```', '`code`', '***', '![alt](/img/blog/team-building.jpg)',
      '![x](data:image/png;base64,AAAA)', '[lien](javascript:alert(1))', '_légende_', '{:target="_blank"}', '{{ site.baseurl }}',
      '| a |\n|---|\n| b |', '[^1]\n\n[^1]: note', '[lien](https://example.org)',
    ),
  },
  // What check must refuse: a missing image, Liquid left over, nestings past the limits.
  { weight: 1, arbitrary: fc.constantFrom('![](/img/blog/absente.jpg)', '{% include x.html %}', '[lien](/blog/2018/09/24/x/)') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => '>'.repeat(n) + ' profond') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }).map((n) => '<div>'.repeat(n)) },
);

const body = (format: 'md' | 'mdx') =>
  fc
    .array(
      format === 'mdx'
        ? fc.oneof({ weight: 4, arbitrary: markdownPiece }, { weight: 2, arbitrary: htmlPiece }, { weight: 2, arbitrary: mdxPiece })
        : fc.oneof({ weight: 4, arbitrary: markdownPiece }, { weight: 2, arbitrary: htmlPiece }),
      { maxLength: 6 },
    )
    .map((pieces) => pieces.join('\n\n'));

const post = fc.constantFrom('md' as const, 'mdx' as const).chain((format) =>
  fc.record({ format: fc.constant(format), frontMatter, body: body(format), name: fc.constantFrom('2021-04-06-article', '2021-04-06-article', '2021-04-06-article', '2021-04-06-....', '21-04-06-x', 'sans-date') }),
);

let runs = 0;
let rendered = 0;

describe('check or render', () => {
  it('either check reports an error naming the file, or the post renders and runs nothing', async () => {
    await fc.assert(
      fc.asyncProperty(post, async ({ format, frontMatter: fm, body: text, name }) => {
        const dir = path.join(root, String(runs++));
        mkdirSync(path.join(dir, 'content', 'posts'), { recursive: true });
        const file = path.join('content', 'posts', `${name}.${format}`);
        writeFileSync(path.join(dir, file), `---\n${fm}\n---\n\n${text}\n`);
        let report: ReturnType<typeof checkContent>;
        try {
          report = checkContent({ root: dir, contentDir: path.join(dir, 'content'), publicDir, now: new Date('2026-01-01T00:00:00Z') });
        } catch (e) {
          throw new Error(`check threw instead of reporting: ${String(e)}`);
        }
        const errors = errorsOf(report.problems);
        if (errors.length) {
          expect(errors.every((p) => p.file === file && p.message.length > 0)).toBe(true);
          return;
        }
        for (const published of report.published) {
          const html = renderToStaticMarkup(await renderPostBody(published, mdxComponents));
          expect(html).not.toMatch(/<script|<style|<meta|<base|<form|<svg|<math|<object|\son[a-z]+=|javascript:|style=/i);
          rendered++;
        }
      }),
      { numRuns: 1000, seed: Number(process.env.FC_SEED ?? 20261201) },
    );
    // A property that every case escapes through an error would prove nothing about rendering.
    expect(rendered).toBeGreaterThan(60);
  }, 120_000);
});
