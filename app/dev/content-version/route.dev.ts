import { contentVersion } from '@/lib/content';

/**
 * Dev server only (the `.dev.ts` extension is a page extension in development alone, see
 * next.config.js): the fingerprint of content/ that ContentReload polls to refresh the page.
 * `output: 'export'` wants route handlers static; the dev server still runs them on every request.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ version: contentVersion() }, { headers: { 'Cache-Control': 'no-store' } });
}
