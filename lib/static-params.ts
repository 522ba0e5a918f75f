/**
 * Next's static export refuses a dynamic route whose `generateStaticParams` returns no
 * entry, which a young blog hits (no tag yet, no post yet). Such a route gets one stand-in
 * entry; its page finds nothing and renders the 404, and the postbuild step deletes it.
 */
export const PLACEHOLDER_PARAM = 'aucun';

export function atLeastOne<K extends string>(params: Record<K, string>[], keys: readonly K[]): Record<K, string>[] {
  if (params.length) return params;
  return [Object.fromEntries(keys.map((k) => [k, PLACEHOLDER_PARAM])) as Record<K, string>];
}
