'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

const VERSION_URL = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/dev/content-version/`;
/** The fingerprint costs the server a folder listing and a stat per file (about 20 ms at 5,000 posts). */
const POLL_MS = 250;
/** A poll that takes longer is abandoned: a request stuck while the server compiles must not stop the polling. */
const POLL_TIMEOUT_MS = 5_000;
/** How long a refresh may take before the page, still behind, takes it as lost and asks again. */
const LOST_MS = 5_000;

/**
 * Dev server only. Next reloads the page when code changes, not when a post does (content/ is
 * read from disk, outside the module graph): this polls the content fingerprint and re-renders
 * the page in place when an author saves a file, keeping the scroll position.
 *
 * `rendered` is the fingerprint the page was rendered from. One refresh at a time: the next is
 * asked as soon as the page shows the last one (its `rendered` changes) if the server has moved on
 * since, so saves in quick succession each show at once, and refreshes never overlap (two RSC
 * requests in flight for one page can make Next fall back to reloading the whole page). A refresh
 * that never arrives (the server was restarting) is asked again after LOST_MS.
 */
function LiveContentReload({ rendered }: { rendered: string }) {
  const router = useRouter();
  const state = useRef({ shown: rendered, latest: rendered, askedAt: 0 });

  useEffect(() => {
    const s = state.current;
    s.shown = rendered;
    s.askedAt = 0;
    // Saved again while that refresh was on its way: show it now rather than at the next poll.
    if (s.latest !== rendered) {
      s.askedAt = Date.now();
      router.refresh();
    }
  }, [rendered, router]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const abort = new AbortController();
      const timeout = setTimeout(() => abort.abort(), POLL_TIMEOUT_MS);
      try {
        const response = await fetch(VERSION_URL, { cache: 'no-store', signal: abort.signal });
        const { version } = (await response.json()) as { version: string };
        const s = state.current;
        s.latest = version;
        const waiting = s.askedAt !== 0 && Date.now() - s.askedAt < LOST_MS;
        if (version !== s.shown && !waiting) {
          s.askedAt = Date.now();
          router.refresh();
        }
      } catch {
        // The dev server is restarting or busy: try again on the next tick.
      } finally {
        clearTimeout(timeout);
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [router]);
  return null;
}

// Outside development the bundler drops the poller: a client component imported by the root
// layout is bundled even when the layout never renders it.
export const ContentReload = process.env.NODE_ENV === 'development' ? LiveContentReload : (_: { rendered: string }) => null;
