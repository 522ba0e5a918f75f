import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { atLeastOne, PLACEHOLDER_PARAM, RENDER_ONLY_ENV } from './static-params';

afterEach(() => {
  delete process.env[RENDER_ONLY_ENV];
});

function renderOnly(pages: string[]): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'render-only-'));
  const file = path.join(dir, 'render-only.json');
  writeFileSync(file, JSON.stringify({ pages }));
  process.env[RENDER_ONLY_ENV] = file;
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
}

describe('atLeastOne', () => {
  it('adds a stand-in only when there is nothing', () => {
    expect(atLeastOne([{ tag: 'design' }], ['tag'])).toEqual([{ tag: 'design' }]);
    expect(atLeastOne([], ['tag'])).toEqual([{ tag: PLACEHOLDER_PARAM }]);
  });

  it('in a rebuild that keeps pages, gives the pages to render again, or the first entry alone', () => {
    renderOnly(['/blog/b/', '/en/blog/c/']);
    const params = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
    const paths = ['/blog/a/', '/blog/b/', '/blog/c/'];
    expect(atLeastOne(params, ['slug'], (_, i) => paths[i]!)).toEqual([{ slug: 'b' }]);
    expect(atLeastOne(params, ['slug'], (p) => `/en/blog/${p.slug}/`)).toEqual([{ slug: 'c' }]);
    expect(atLeastOne(params, ['slug'], (p) => `/de/blog/${p.slug}/`)).toEqual([{ slug: 'a' }]);
    // A route whose pages never change alone (a tag's list): its first page, rendered afresh.
    expect(atLeastOne([{ tag: 'x' }, { tag: 'y' }], ['tag'])).toEqual([{ tag: 'x' }]);
    expect(atLeastOne([], ['tag'])).toEqual([{ tag: PLACEHOLDER_PARAM }]);
  });
});
