import { messages } from '@/lib/messages';

/**
 * Dev server only: the page of a post left out for a content error. The banner above lists the
 * error; the page stays at the post's address, so that a reload shows the error, not a missing page.
 */
export function WithheldPost({ file }: { file: string }) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{messages().banner.withheldTitle}</h1>
      <p className="mt-4 text-lg text-slate-700 [overflow-wrap:anywhere]">
        <code>{file}</code> {messages().banner.withheldText}
      </p>
    </div>
  );
}
