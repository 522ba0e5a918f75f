import type { Post } from '../../lib/content/post';

/** What the main thread sends each worker, and what a worker answers. */
export type PrerenderJob = Pick<Post, 'body' | 'format'>;
export interface PrerenderResult {
  written: number;
  skipped: number;
}
