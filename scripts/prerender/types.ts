import type { Post } from '../../lib/content/post';

/** What the main thread sends each worker, and what a worker answers. */
export type PrerenderJob = Pick<Post, 'file' | 'body' | 'format' | 'lang'>;
export interface PrerenderResult {
  written: number;
  /** The keys of the bodies left to the page (see isSelfContained), so that the next build does not render them again. */
  skipped: string[];
  /** Bodies that could not be rendered, with why: reported by file, never as a stack trace. */
  failed: { file: string; message: string }[];
}
