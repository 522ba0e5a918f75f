/**
 * The components an author may write in an `.mdx` post. The map in
 * components/mdx-components.tsx must provide each; the checker reports any other.
 * Kept apart from the map so that `npm run check` does not load React.
 */
export const AUTHOR_COMPONENTS = ['Figure', 'VideoEmbed', 'Callout', 'Tags'] as const;
export type AuthorComponentName = (typeof AUTHOR_COMPONENTS)[number];
