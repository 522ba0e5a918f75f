import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../atomic-file';
import { readingDevContent, shareDevContent, sharedDevContent, withCode } from './dev-share';
import { loadContent } from './index';
import { writeContentSnapshot } from './snapshot';

const base = mkdtempSync(path.join(tmpdir(), 'dev-share-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const contentDir = path.resolve('e2e/fixtures/content');
const content = loadContent({ contentDir, now: new Date('2026-12-01T12:00:00Z'), showUnpublished: true });
const titles = (c: ReturnType<typeof sharedDevContent>) => c?.allPosts.map((p) => p.title);

/**
 * Another process of the dev server reading content/ at `version`: it says so at once, and shares
 * what it read after `ms` (the snapshot this process wrote beforehand, moved into place then).
 */
function otherReader(dir: string, version: string, ms: number) {
  mkdirSync(dir, { recursive: true });
  const staged = path.join(base, `staged-${version}`);
  shareDevContent(content, version, staged);
  const script = `
    const fs = require('node:fs');
    const mark = (done) => fs.writeFileSync(${JSON.stringify(path.join(dir, 'reading.json'))},
      JSON.stringify({ version: ${JSON.stringify(withCode(version))}, pid: process.pid, at: Date.now(), done }));
    mark(false);
    setTimeout(() => {
      fs.copyFileSync(${JSON.stringify(path.join(staged, 'content.bin'))}, ${JSON.stringify(path.join(dir, 'content.bin'))});
      mark(true);
    }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  return new Promise<void>((resolve) => child.on('exit', () => resolve()));
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
};

describe('the content shared between the dev server’s processes', () => {
  it('is what the last reader shared, for its fingerprint and code only', () => {
    const dir = path.join(base, 'plain');
    expect(sharedDevContent(contentDir, 'v1', dir)).toBeUndefined();
    shareDevContent(content, 'v1', dir);
    expect(titles(sharedDevContent(contentDir, 'v1', dir))).toEqual(titles(content));
    expect(sharedDevContent(contentDir, 'v2', dir)).toBeUndefined();
    // The same content read by other code (lib/ edited while the server runs): read again.
    writeContentSnapshot(path.join(dir, 'content.bin'), content, 'v1:other-code');
    expect(sharedDevContent(contentDir, 'v1', dir)).toBeUndefined();
  });

  it('waits for a process that is reading content/ at that fingerprint now, instead of reading it too', async () => {
    const dir = path.join(base, 'wait');
    const exited = otherReader(dir, 'v3', 400);
    await until(() => {
      try {
        return JSON.parse(readFileSync(path.join(dir, 'reading.json'), 'utf8')).version === withCode('v3');
      } catch {
        return false;
      }
    });
    const started = Date.now();
    expect(titles(sharedDevContent(contentDir, 'v3', dir))).toEqual(titles(content));
    expect(Date.now() - started).toBeGreaterThan(100);
    await exited;
  });

  it('does not wait for a reader of another fingerprint, for itself, or for a process that has ended', () => {
    const dir = path.join(base, 'nowait');
    readingDevContent('v4', dir);
    // This process's own mark: it is the reader, and reads.
    expect(sharedDevContent(contentDir, 'v4', dir)).toBeUndefined();
    // Another fingerprint's reader, and a reader that is gone: nothing to wait for.
    writeFileAtomic(path.join(dir, 'reading.json'), JSON.stringify({ version: withCode('v5'), pid: process.pid + 1_000_000, at: Date.now(), done: false }));
    const started = Date.now();
    expect(sharedDevContent(contentDir, 'v5', dir)).toBeUndefined();
    expect(sharedDevContent(contentDir, 'v6', dir)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
