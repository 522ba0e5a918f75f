import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSiteCss, SITE_CSS, watchSiteCss, writeSiteCss } from './site-css';

/** A project of its own: the repository's node_modules, a globals.css that reads classes from components/, one component. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'site-css-'));
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  mkdirSync(path.join(root, 'app'));
  mkdirSync(path.join(root, 'components'));
  writeFileSync(path.join(root, 'app', 'globals.css'), "@import 'tailwindcss' source(none);\n@source '../components';\n");
  writeFileSync(path.join(root, 'components', 'A.tsx'), 'export const A = () => <p className="underline">a</p>;\n');
  return root;
}

describe('the site stylesheet', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('holds the classes the code uses, and no other', async () => {
    const root = project();
    roots.push(root);
    const css = await compileSiteCss(root, { minify: false });
    expect(css).toContain('.underline');
    expect(css).not.toContain('.italic');
    const minified = await compileSiteCss(root, { minify: true });
    expect(minified.length).toBeLessThan(css.length);
    expect(minified).toContain('.underline{');
  });

  it('is written only when its text changes', async () => {
    const root = project();
    roots.push(root);
    expect(await writeSiteCss(root, { minify: true })).toBe(true);
    expect(await writeSiteCss(root, { minify: true })).toBe(false);
    expect(readFileSync(path.join(root, SITE_CSS), 'utf8')).toContain('.underline{');
  });

  it('is made again in the dev server when the code uses a new class', async () => {
    const root = project();
    roots.push(root);
    await writeSiteCss(root, { minify: false });
    const stop = watchSiteCss(root);
    try {
      writeFileSync(path.join(root, 'components', 'B.tsx'), 'export const B = () => <em className="italic">b</em>;\n');
      await expect.poll(() => readFileSync(path.join(root, SITE_CSS), 'utf8'), { timeout: 10_000, interval: 50 }).toContain('.italic');
    } finally {
      stop();
    }
  });
});
