/**
 * The components an author may write in an `.mdx` post, and the props each takes. The map in
 * components/mdx-components.tsx must provide each; the checker reports any other, and the
 * sanitiser (lib/markdown/sanitize.ts) keeps only these props, checking URLs like any `src`.
 * Kept apart from the map so that `npm run check` does not load React.
 */
export const AUTHOR_COMPONENT_PROPS = {
  Figure: ['src', 'alt', 'caption', 'width', 'height'],
  VideoEmbed: ['src', 'title'],
  Callout: ['title'],
  Tags: ['names'],
} as const satisfies Record<string, readonly string[]>;

export type AuthorComponentName = keyof typeof AUTHOR_COMPONENT_PROPS;

export const AUTHOR_COMPONENTS = Object.keys(AUTHOR_COMPONENT_PROPS) as AuthorComponentName[];

export const isAuthorComponent = (name: string): name is AuthorComponentName => Object.hasOwn(AUTHOR_COMPONENT_PROPS, name);
