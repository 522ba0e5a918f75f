import type { Post } from '../../lib/content/post';

/** What the main thread sends each worker, and what a worker answers. */
export type PrerenderJob = Pick<Post, 'file' | 'body' | 'format'>;
export interface PrerenderResult {
  written: number;
  skipped: number;
  /** Bodies that could not be rendered, with why: reported by file, never as a stack trace. */
  failed: { file: string; message: string }[];
}
