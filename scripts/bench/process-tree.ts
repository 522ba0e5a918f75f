import { readdirSync, readFileSync } from 'node:fs';
import { descendantsIn } from '../stop-tree';

/** Resident memory of a process and all its descendants, in bytes, read from /proc (Linux). */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  // Read from /proc rather than `ps`: the bench samples it every 100 ms, beside what it times.
  const tree = [rootPid, ...descendantsIn(parents, rootPid)];
  let total = 0;
  for (const pid of tree) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}
