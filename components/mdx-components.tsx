import type { AnchorHTMLAttributes, HTMLAttributes } from 'react';
import { getTags } from '@/lib/site';
import { AppLink } from './AppLink';
import { Callout } from './Callout';
import { Figure, Img } from './Figure';
import { TagList } from './TagList';
import { Iframe, VideoEmbed } from './VideoEmbed';
import type { AuthorComponentName } from '@/lib/markdown/author-components';
import { defaultLang } from '@/lib/languages';
import { slugify } from '@/lib/slug';

/**
 * `<Tags names="design, évaluation" />` in MDX: tags as text, since MDX attributes are strings.
 * A tag with no published post has no page: it shows as text, never as a dead link.
 */
function Tags({ names = '', lang = defaultLang }: { names?: string; lang?: string }) {
  // Tags lead to their pages in the post's language, when they have one there.
  const published = new Set(getTags(lang).map((t) => t.slug));
  const tags = names
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name, slug: slugify(name) }));
  return <TagList tags={tags} linked={(t) => published.has(t.slug)} lang={lang} />;
}

/** Code blocks scroll sideways on a phone: keyboard users must be able to scroll them too. */
function Pre(props: HTMLAttributes<HTMLPreElement>) {
  return <pre tabIndex={0} {...props} />;
}

function A(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <AppLink {...props} />;
}

/**
 * The one map of what a post body may contain beyond HTML. Markdown and MDX share it:
 * `img`, `a` and `iframe` are how raw HTML and Markdown images render; the capitalised
 * names are the components an author may write in an `.mdx` post.
 */
export const mdxComponentsFor = (lang: string) =>
  ({
    a: A,
    img: Img,
    // The components that add words or links of their own speak the post's language.
    iframe: (props: React.IframeHTMLAttributes<HTMLIFrameElement>) => <Iframe {...props} lang={lang} />,
    pre: Pre,
    Figure,
    VideoEmbed: (props: React.ComponentProps<typeof VideoEmbed>) => <VideoEmbed {...props} lang={lang} />,
    Callout,
    Tags: (props: { names?: string }) => <Tags {...props} lang={lang} />,
  }) as const satisfies Record<AuthorComponentName, unknown> & Record<string, unknown>;

/** The map for the site's own language: static pages, author bios, and French posts. */
export const mdxComponents = mdxComponentsFor(defaultLang);
