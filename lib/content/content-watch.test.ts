import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderChange } from './content-watch';

const base = mkdtempSync(path.join(tmpdir(), 'content-watch-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Whether `promise` settles within `ms`. */
const settlesWithin = (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('folderChange', () => {
  it('resolves when a file of a watched folder is saved, long before its time is up', async () => {
    const posts = path.join(base, 'posts');
    mkdirSync(posts, { recursive: true });
    writeFileSync(path.join(posts, 'a.md'), 'un');
    const change = folderChange([path.join(base, 'absent'), posts], 60_000, new AbortController().signal);
    expect(await settlesWithin(change, 300)).toBe(false);
    writeFileSync(path.join(posts, 'a.md'), 'deux');
    expect(await settlesWithin(change, 10_000)).toBe(true);
  });

  it('resolves when its time is up or its signal aborts, with nothing saved', async () => {
    const quiet = path.join(base, 'quiet');
    mkdirSync(quiet, { recursive: true });
    expect(await settlesWithin(folderChange([quiet], 50, new AbortController().signal), 10_000)).toBe(true);
    const stop = new AbortController();
    const change = folderChange([quiet], 60_000, stop.signal);
    stop.abort();
    expect(await settlesWithin(change, 1_000)).toBe(true);
  });
});
