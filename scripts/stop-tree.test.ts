import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { descendantsOf, stopTree } from './stop-tree';

/** Whether the process runs: a zombie (ended, not yet reaped by whoever adopted it) does not. */
const isRunning = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** A process that starts a child of its own; both ignore SIGINT when `deaf`. */
function parentAndChild(deaf: boolean) {
  const ignore = deaf ? "process.on('SIGINT', () => {});" : '';
  const grandchild = `${ignore} setInterval(() => {}, 1000);`;
  const code = `${ignore} const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  const grandchildPid = new Promise<number>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  return { child, grandchildPid };
}

describe('stopTree', () => {
  it('finds what a process started', async () => {
    const { child, grandchildPid } = parentAndChild(false);
    const pid = await grandchildPid;
    expect(descendantsOf(child.pid!)).toContain(pid);
    expect(descendantsOf(pid)).toEqual([]);
    await stopTree(child, 'SIGKILL', 1000);
    process.kill(pid, 'SIGKILL');
  });

  it('lets a process that obeys the signal stop by itself', async () => {
    const { child, grandchildPid } = parentAndChild(false);
    const pid = await grandchildPid;
    let killed = false;
    await stopTree(child, 'SIGINT', 10_000, () => (killed = true));
    expect(killed).toBe(false);
    expect(child.signalCode).toBe('SIGINT');
    process.kill(pid, 'SIGKILL');
  });

  it('kills it and what it started when it has not stopped in time', async () => {
    const { child, grandchildPid } = parentAndChild(true);
    const pid = await grandchildPid;
    let killed = false;
    const started = Date.now();
    await stopTree(child, 'SIGINT', 300, () => (killed = true));
    expect(killed).toBe(true);
    expect(child.signalCode).toBe('SIGKILL');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await expect.poll(() => isRunning(pid)).toBe(false);
  });
});
