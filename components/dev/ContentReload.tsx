'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const VERSION_URL = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/dev/content-version/`;
const POLL_MS = 500;

/**
 * Dev server only. Next reloads the page when code changes, not when a post does (content/ is
 * read from disk, outside the module graph): this polls the content fingerprint and re-renders
 * the page in place when an author saves a file, keeping the scroll position.
 */
function LiveContentReload() {
  const router = useRouter();
  useEffect(() => {
    let last: string | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(VERSION_URL, { cache: 'no-store' });
        const { version } = (await response.json()) as { version: string };
        if (last !== undefined && version !== last) router.refresh();
        last = version;
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
