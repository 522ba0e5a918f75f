import type { AnchorHTMLAttributes } from 'react';
import { AppLink } from './AppLink';
import { Callout } from './Callout';
import { Figure, Img } from './Figure';
import { TagList } from './TagList';
import { Iframe, VideoEmbed } from './VideoEmbed';
import { slugify } from '@/lib/slug';

/** `<Tags names="design, évaluation" />` in MDX: tags as text, since MDX attributes are strings. */
function Tags({ names = '' }: { names?: string }) {
  const tags = names
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name, slug: slugify(name) }));
  return <TagList tags={tags} />;
}

function A(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <AppLink {...props} />;
}

const Nothing = () => null;

/**
 * The one map of what a post body may contain beyond HTML. Markdown and MDX share it:
 * `img`, `a` and `iframe` are how raw HTML and Markdown images render; the capitalised
 * names are the components an author may write in an `.mdx` post.
 */
export const mdxComponents = {
  a: A,
  img: Img,
  iframe: Iframe,
  // MDX is written by authors, not trusted code: these never render.
  script: Nothing,
  style: Nothing,
  Figure,
  VideoEmbed,
  Callout,
  Tags,
} as const;

/** Names an `.mdx` post may use as components; the checker reports any other capitalised tag. */
export const authorComponentNames = Object.keys(mdxComponents).filter((k) => /^[A-Z]/.test(k));
