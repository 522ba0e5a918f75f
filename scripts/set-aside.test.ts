import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setAsideLastOutput } from './set-aside';

const root = mkdtempSync(path.join(os.tmpdir(), 'set-aside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(rel: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), 'x');
}

describe('setAsideLastOutput', () => {
  it("takes away at once what next build deletes, keeps Next's caches, and deletes the rest and what an earlier build left", async () => {
    for (const f of ['out/index.html', '.next/server/app/a.html', '.next/BUILD_ID', '.next/cache/turbopack/x', '.next/dev/cache/y', '.next/trace']) file(f);
    file('.cache/trash/12345/0-out/old.html');
    file('.cache/post-html/kept.html');
    const clearing = setAsideLastOutput('next', root);
    expect(readdirSync(path.join(root, '.next')).sort()).toEqual(['cache', 'dev', 'trace']);
    expect(existsSync(path.join(root, 'out/index.html'))).toBe(true);
    const clearingOut = setAsideLastOutput('out', root);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    await Promise.all([clearing, clearingOut]);
    expect(readdirSync(path.join(root, '.cache', 'trash'))).toEqual([]);
    expect(existsSync(path.join(root, '.next/cache/turbopack/x'))).toBe(true);
    expect(existsSync(path.join(root, '.cache/post-html/kept.html'))).toBe(true);
  });

  it('has nothing to do on a fresh clone', async () => {
    const fresh = mkdtempSync(path.join(root, 'fresh-'));
    await setAsideLastOutput('next', fresh);
    await setAsideLastOutput('out', fresh);
    expect(readdirSync(path.join(fresh, '.cache', 'trash'))).toEqual([]);
  });
});
