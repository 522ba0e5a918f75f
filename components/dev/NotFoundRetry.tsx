'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const RETRY_AFTER_MS = 1000;
const MAX_RETRIES = 3;
const retries = new Map<string, number>();

/**
 * Dev server only. Next's dev server answers a dynamic route from the `generateStaticParams`
 * it cached, and refreshes that cache only after answering: the first visit to a post, tag or
 * author added since gets a 404. Asking once more, a moment later, gets the page.
 */
function LiveNotFoundRetry() {
  const router = useRouter();
  // No dependency list: it runs again after each refresh that still finds nothing, up to
  // MAX_RETRIES times per address.
  useEffect(() => {
    const path = window.location.pathname;
    const done = retries.get(path) ?? 0;
    if (done >= MAX_RETRIES) return;
    // Counted when it fires: React's strict mode mounts twice and clears the first timer.
    const timer = setTimeout(() => {
      retries.set(path, done + 1);
      router.refresh();
    }, RETRY_AFTER_MS);
    return () => clearTimeout(timer);
  });
  return null;
}

// See ContentReload: outside development the bundle keeps an empty component.
export const NotFoundRetry = process.env.NODE_ENV === 'development' ? LiveNotFoundRetry : () => null;
