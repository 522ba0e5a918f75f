import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outPath } from './out-path';

describe('outPath', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'out-path-'));
  const out = path.join(dir, 'out');
  mkdirSync(path.join(out, 'blog'), { recursive: true });

  it('resolves a path inside out/, folders still to make included', () => {
    expect(outPath(out, 'feed.xml')).toBe(path.join(out, 'feed.xml'));
    expect(outPath(out, 'blog/2018/09/24/réussite.html')).toBe(path.join(out, 'blog/2018/09/24/réussite.html'));
    expect(outPath(out, '..a.html')).toBe(path.join(out, '..a.html'));
  });

  it('refuses a path that climbs out, naming it', () => {
    expect(() => outPath(out, '../x')).toThrow(`refusing to write "../x": it is outside ${out}/`);
    expect(() => outPath(out, 'blog/../../../tmp/x.html')).toThrow('refusing to write "blog/../../../tmp/x.html": it is outside');
    expect(() => outPath(out, '/tmp/x.html')).toThrow('refusing to write "/tmp/x.html": it is outside');
    expect(() => outPath(out, '')).toThrow('refusing to write "": it is outside');
  });

  it('refuses to write through a symbolic link that leaves out/', () => {
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(out, 'lien'));
    symlinkSync(path.join(dir, 'elsewhere', 'x.html'), path.join(out, 'x.html'));
    expect(() => outPath(out, 'lien/a/x.html')).toThrow('refusing to write "lien/a/x.html": lien leads outside');
    expect(() => outPath(out, 'x.html')).toThrow('refusing to write "x.html": it is a symbolic link');
  });
});
