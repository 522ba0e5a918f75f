import { execFileSync, type ChildProcess } from 'node:child_process';

/** The processes descended from `pid`, given each process's parent. */
export function descendantsIn(parentOf: ReadonlyMap<number, number>, pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const [child, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), child]);
  const found: number[] = [];
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The processes descended from `pid`, read from `ps` (the same on Linux and macOS). */
export function descendantsOf(pid: number): number[] {
  let table: string;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=', '-o', 'ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const parentOf = new Map<number, number>();
  for (const line of table.split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (child && parent !== undefined && !Number.isNaN(parent)) parentOf.set(child, parent);
  }
  return descendantsIn(parentOf, pid);
}

/** Kills `pid` and every process it started, all found before the first dies (whose children would then lose their parent). */
export function killTree(pid: number): void {
  for (const each of [pid, ...descendantsOf(pid)]) {
    try {
      process.kill(each, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}

/**
 * Asks `child` to stop with `signal`, and kills it with every process it started if it has not
 * exited `waitMs` later: a server that hangs while stopping (`next dev` waiting for a worker that
 * died) must not hold the terminal, nor leave its children running. `onKill` is told before.
 * Resolves once `child` has exited.
 */
export function stopTree(child: ChildProcess, signal: NodeJS.Signals, waitMs: number, onKill: () => void = () => {}): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => {
    onKill();
    killTree(pid);
  }, waitMs);
  return exited.finally(() => clearTimeout(timer));
}
