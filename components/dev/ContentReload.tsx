'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

const VERSION_URL = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/dev/content-version/`;
/** The wait before asking again after a failed request (the server restarting), so as not to ask in a loop. */
const RETRY_MS = 250;
/** The server holds a request up to 10 s for a change (app/dev/content-version/route.dev.ts): one held longer is abandoned, so that a request stuck while the server compiles never stops the watching. */
const REQUEST_TIMEOUT_MS = 15_000;
/** How long a refresh may take before the page, still behind, takes it as lost and asks again. */
const LOST_MS = 5_000;

/**
 * Dev server only. Next reloads the page when code changes, not when a post does (content/ is
 * read from disk, outside the module graph): this asks the server for the content fingerprint,
 * which answers at once the first time and then as soon as it changes, and re-renders the page in
 * place when an author saves a file, keeping the scroll position.
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
    let asked = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const abort = new AbortController();
      const timeout = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
      let wait = 0;
      try {
        // The first request answers at once: the server may have moved on since the page was rendered.
        const known = asked ? state.current.latest : undefined;
        asked = true;
        const sent = Date.now();
        const query = known === undefined ? '' : `?known=${encodeURIComponent(known)}`;
        const response = await fetch(`${VERSION_URL}${query}`, { cache: 'no-store', signal: abort.signal });
        const { version } = (await response.json()) as { version: string };
        // A server that did not wait (an older one still running) is not asked again in a loop.
        if (version === known && Date.now() - sent < RETRY_MS) wait = RETRY_MS;
        const s = state.current;
        s.latest = version;
        const waiting = s.askedAt !== 0 && Date.now() - s.askedAt < LOST_MS;
        if (version !== s.shown && !waiting) {
          s.askedAt = Date.now();
          router.refresh();
        }
      } catch {
        // The dev server is restarting or busy: ask again shortly.
        wait = RETRY_MS;
      } finally {
        clearTimeout(timeout);
      }
      if (!stopped) timer = setTimeout(poll, wait);
    };
    void poll();
    // A refresh lost on its way is asked again, whether or not the server has news meanwhile.
    const lost = setInterval(() => {
      const s = state.current;
      if (s.askedAt !== 0 && s.latest !== s.shown && Date.now() - s.askedAt >= LOST_MS) {
        s.askedAt = Date.now();
        router.refresh();
      }
    }, 1_000);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(lost);
    };
  }, [router]);
  return null;
}

// Outside development the bundler drops the poller: a client component imported by the root
// layout is bundled even when the layout never renders it.
export const ContentReload = process.env.NODE_ENV === 'development' ? LiveContentReload : (_: { rendered: string }) => null;
