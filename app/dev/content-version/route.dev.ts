import type { NextRequest } from 'next/server';
import { contentFolders, contentVersion } from '@/lib/content';
import { folderChange } from '@/lib/content/content-watch';

/**
 * Dev server only (the `.dev.ts` extension is a page extension in development alone, see
 * next.config.js): the fingerprint of content/ that ContentReload waits on to refresh the page.
 *
 * Asked with `?known=<fingerprint>`, it answers once the fingerprint is another, WAIT_MS later at the
 * latest: the page learns of a save as soon as the system reports it, instead of at its next poll
 * (a quarter of a second later on average, each poll a stat of every file). Without, it answers at once.
 */
const WAIT_MS = 10_000;
/** How often the fingerprint is taken again even when no folder reported a change (a file system whose watchers say nothing). */
const CHECK_MS = 1_000;

export async function GET(request: NextRequest) {
  const known = request.nextUrl.searchParams.get('known');
  const until = Date.now() + WAIT_MS;
  for (;;) {
    // Watching starts before the fingerprint is taken, so that a save between the two is not missed.
    const answered = new AbortController();
    const changed = folderChange(contentFolders(), Math.min(CHECK_MS, Math.max(0, until - Date.now())), AbortSignal.any([request.signal, answered.signal]));
    const version = contentVersion();
    if (version !== known || Date.now() >= until || request.signal.aborted) {
      answered.abort();
      return Response.json({ version }, { headers: { 'Cache-Control': 'no-store' } });
    }
    await changed;
  }
}
