'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';

const VERSION_URL = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/dev/content-version/`;
const POLL_MS = 500;
// A refresh that never reports its end (the transition was dropped) does not block the next ones.
const STUCK_MS = 5000;

/**
 * Dev server only. Next reloads the page when code changes, not when a post does (content/ is
 * read from disk, outside the module graph): this polls the content fingerprint and re-renders
 * the page in place when an author saves a file, keeping the scroll position.
 *
 * One refresh at a time: a save that lands while a refresh is under way (two files deleted one
 * after the other, an editor that writes twice) is refreshed again once that one is done.
 * Refreshes started on top of each other could let the older answer win, leaving the page on
 * content that no longer exists until the next save.
 */
function LiveContentReload() {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  // The fingerprint the page shows (once the refresh under way is done), and the newest one seen.
  const shown = useRef<string | undefined>(undefined);
  const requested = useRef<string | undefined>(undefined);
  const latest = useRef<string | undefined>(undefined);
  const busy = useRef(false);
  const busySince = useRef(0);

  useEffect(() => {
    busy.current = refreshing;
    if (refreshing) return;
    shown.current = requested.current ?? shown.current;
    if (latest.current !== undefined && latest.current !== shown.current) {
      busySince.current = Date.now();
      requested.current = latest.current;
      startRefresh(() => router.refresh());
    }
  }, [refreshing, router]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(VERSION_URL, { cache: 'no-store' });
        const { version } = (await response.json()) as { version: string };
        latest.current = version;
        if (shown.current === undefined) shown.current = version;
        else if ((!busy.current || Date.now() - busySince.current > STUCK_MS) && version !== shown.current) {
          busy.current = true;
          busySince.current = Date.now();
          requested.current = version;
          startRefresh(() => router.refresh());
        }
      } catch {
        // The dev server is restarting: try again on the next tick.
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
export const ContentReload = process.env.NODE_ENV === 'development' ? LiveContentReload : () => null;
