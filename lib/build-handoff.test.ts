import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { awaitBuildFile, BUILD_PID_ENV } from './build-handoff';

const dir = mkdtempSync(path.join(os.tmpdir(), 'build-handoff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env[BUILD_PID_ENV];
});

describe('awaitBuildFile', () => {
  it('returns at once outside a build that hands files over', () => {
    awaitBuildFile(path.join(dir, 'never-written'));
  });

  it('waits until the build writes the file', () => {
    const file = path.join(dir, 'snapshot.bin');
    // Another process plays the build, since this thread is blocked while it waits; should it fail, the wait ends with it.
    const build = spawn(process.execPath, ['-e', `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(file)}, 'x'), 300)`]);
    process.env[BUILD_PID_ENV] = String(build.pid);
    awaitBuildFile(file);
    expect(existsSync(file)).toBe(true);
  });

  it('stops waiting when the build has ended without writing it', () => {
    const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    process.env[BUILD_PID_ENV] = ended.stdout.trim();
    expect(() => awaitBuildFile(path.join(dir, 'render-only.json'))).toThrow('the build that was to write it has ended');
  });
});
