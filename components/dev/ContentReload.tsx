'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

const VERSION_URL = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/dev/content-version/`;
const POLL_MS = 500;
/** A poll that takes longer is abandoned: a request stuck while the server compiles must not stop the polling. */
const POLL_TIMEOUT_MS = 5_000;
/** How long a refresh may take before the page, still behind, asks again. */
const RETRY_MS = 3_000;

/**
 * Dev server only. Next reloads the page when code changes, not when a post does (content/ is
 * read from disk, outside the module graph): this polls the content fingerprint and re-renders
 * the page in place when an author saves a file, keeping the scroll position.
 *
 * `rendered` is the fingerprint the page was rendered from. The page is refreshed until it shows
 * the server's current one, not once per change seen: a refresh rendered from a file an editor
 * was still writing, or lost while the server was busy, is made again.
 */
function LiveContentReload({ rendered }: { rendered: string }) {
  const router = useRouter();
  const shown = useRef(rendered);
  useEffect(() => {
    shown.current = rendered;
  }, [rendered]);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let refreshedAt = 0;
    const poll = async () => {
      const abort = new AbortController();
      const timeout = setTimeout(() => abort.abort(), POLL_TIMEOUT_MS);
      try {
        const response = await fetch(VERSION_URL, { cache: 'no-store', signal: abort.signal });
        const { version } = (await response.json()) as { version: string };
        if (version !== shown.current && Date.now() - refreshedAt > RETRY_MS) {
          refreshedAt = Date.now();
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
