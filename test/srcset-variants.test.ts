import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every variant a rendered body names in its `srcset` is made by the image step: from the body
 * the check reads to the page the build writes. The old site's posts broke this three ways
 * before the image step took the check's list (read from the parsed body) instead of a
 * line-by-line regular expression: alt text over two lines, an accented file name (whose alt
 * also ran over two lines), and an image with its caption on the same line.
 */
const root = mkdtempSync(path.join(tmpdir(), 'srcset-variants-'));
const contentDir = path.join(root, 'content');
const publicDir = path.join(root, 'public');
const outDir = path.join(root, 'out');
// Read when the renderer's modules load: set before they are imported below.
process.env.PUBLIC_DIR = publicDir;

const NFD_NAME = 'Pre\u0301disauvetage-nfd.png';

const POSTS: Record<string, string> = {
  // 18-03-16-programme-eig-point-de-vue-technique.md: alt over two lines, caption on the same line.
  'bulloterie.md': '![Le prototype pour visualiser la\nbulloterie](/img/blog/bulloterie_proto.png) _Le prototype pour visualiser la bulloterie_\n',
  // 18-06-11-travailler-avec-des-donnees-d-exception.md: an accented name, alt over two lines.
  'accent.md': '![Le dépôt GitHub du défi Prédisauvetage : une page web avec plusieurs\ndossiers](/img/blog/article-Antoine-github-Prédisauvetage.png) _Antoine et Elsa_\n',
  // The same file written percent-encoded, and another in the Unicode form macOS writes.
  'encoded.md': `![Le dépôt](/img/blog/article-Antoine-github-Pr%C3%A9disauvetage.png)\n\n![Forme décomposée](/img/blog/${NFD_NAME})\n`,
  // An <img> whose src is on the next line.
  'raw.md': '<img\n  alt="Pocos"\n  src="/img/blog/pocos.png">\n',
};

function post(name: string, body: string): string {
  return `---\ntitle: ${name}\ndescription: Un essai.\nauthor: Équipe EIG\n---\n\n${body}`;
}

beforeAll(async () => {
  mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
  mkdirSync(path.join(publicDir, 'img', 'blog'), { recursive: true });
  for (const [i, [name, body]] of Object.entries(POSTS).entries()) {
    writeFileSync(path.join(contentDir, 'posts', `2020-01-0${i + 1}-${name}`), post(name, body));
  }
  const names = ['bulloterie_proto.png', 'article-Antoine-github-Prédisauvetage.png', NFD_NAME, 'pocos.png'];
  for (const name of names) {
    await sharp({ create: { width: 900, height: 300, channels: 3, background: '#336699' } })
      .png()
      .toFile(path.join(publicDir, 'img', 'blog', name));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('srcset and image variants, from the Markdown to out/', () => {
  it('the check lists every body image once, whatever its alt, spelling or Unicode form', async () => {
    const { checkContent } = await import('../lib/check');
    const report = checkContent({ contentDir, publicDir });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.bodyImages.map((src) => decodeURIComponent(src).normalize('NFC')).sort()).toEqual(
      [
        '/img/blog/Prédisauvetage-nfd.png',
        '/img/blog/article-Antoine-github-Prédisauvetage.png',
        '/img/blog/article-Antoine-github-Prédisauvetage.png',
        '/img/blog/bulloterie_proto.png',
        '/img/blog/pocos.png',
      ].sort(),
    );
  });

  it('makes every variant the rendered pages name: the build check finds none missing', async () => {
    const [{ checkContent }, { makeVariants }, { checkPageImages }, { renderPostBody }, { mdxComponents }, { renderToStaticMarkup }] =
      await Promise.all([
        import('../lib/check'),
        import('../scripts/postbuild/images'),
        import('../scripts/postbuild/check-images'),
        import('../lib/render'),
        import('../components/mdx-components'),
        import('react-dom/server'),
      ]);
    const report = checkContent({ contentDir, publicDir });
    const { made } = await makeVariants({ publicDir, cacheDir: path.join(root, 'cache'), outDir, sources: report.bodyImages });
    // 3 widths for each of the 4 files (900 px wide: 480, 768 and 900), made once each.
    expect(made).toBe(4 * 3);
    let srcsets = 0;
    for (const p of report.published) {
      const html = renderToStaticMarkup(await renderPostBody(p, mdxComponents));
      srcsets += html.split('srcSet=').length - 1 + html.split('srcset=').length - 1;
      const page = path.join(outDir, 'blog', p.slug, 'index.html');
      mkdirSync(path.dirname(page), { recursive: true });
      writeFileSync(page, `<!doctype html><html><body>${html}</body></html>`);
    }
    expect(srcsets).toBe(5);
    // The originals, as the build copies public/ into out/.
    const { copyPublicDir } = await import('../scripts/postbuild/copy-public');
    copyPublicDir(publicDir, outDir);
    expect(await checkPageImages({ outDir })).toEqual([]);
    // What a line-by-line reading of the bodies did: the image whose alt runs over two lines had no variants.
    for (const f of readdirSync(path.join(outDir, 'img', 'variants'))) if (f.startsWith('bulloterie_proto-')) rmSync(path.join(outDir, 'img', 'variants', f));
    const missing = await checkPageImages({ outDir });
    expect(missing.map((m) => [m.page, m.attr, m.url.replace(/-[0-9a-f]{16}-/, '-…-')])).toEqual(
      [480, 768, 900].map((w) => ['blog/bulloterie/index.html', 'srcset', `/img/variants/bulloterie_proto-…-${w}.webp`]),
    );
  });

  it('a name written in one Unicode form for a file stored in the other is an error of the check, saying which side to retype', async () => {
    const { checkContent } = await import('../lib/check');
    const dir = path.join(root, 'forms');
    mkdirSync(path.join(dir, 'content', 'posts'), { recursive: true });
    mkdirSync(path.join(dir, 'public', 'img'), { recursive: true });
    writeFileSync(path.join(dir, 'public', 'img', NFD_NAME), '');
    writeFileSync(path.join(dir, 'public', 'img', 'composée.png'), '');
    const nfc = NFD_NAME.normalize('NFC');
    const body = `![a](/img/${nfc})\n\n![b](/img/${'composée.png'.normalize('NFD')})\n`;
    writeFileSync(path.join(dir, 'content', 'posts', '2020-01-01-x.md'), post('x', body));
    const errors = checkContent({ contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public') }).problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => [e.message, e.fix])).toEqual([
      [
        `image /img/${nfc} introuvable`,
        `renommez public/img/${NFD_NAME} en retapant son nom : ses accents y sont décomposés (e + ◌́, comme macOS les écrit), ce qu’un hébergeur Linux ne fait pas correspondre au nom écrit`,
      ],
      [
        `image /img/${'composée.png'.normalize('NFD')} introuvable`,
        'retapez le nom du fichier dans l’article : ses accents y sont décomposés (e + ◌́, comme macOS les copie), alors que public/img/composée.png les a composés ; un hébergeur Linux distingue les deux',
      ],
    ]);
  });
});
