import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * What raw HTML in Markdown may keep: GitHub's safe subset, plus figures, video iframes
 * (their host is checked by rehype-embeds) and inline styles on images, which old posts use
 * for sizing. No scripts, no event handlers, no `javascript:` URLs.
 */
const base = defaultSchema;

export const sanitizeSchema: Options = {
  ...base,
  // Heading ids are set after sanitising, by rehype-slug; nothing here needs a prefix.
  clobberPrefix: '',
  tagNames: [...(base.tagNames ?? []), 'figure', 'figcaption', 'iframe', 'video', 'source', 'mark', 'u'],
  attributes: {
    ...base.attributes,
    '*': [...(base.attributes?.['*'] ?? []), 'className', 'style'],
    a: [...(base.attributes?.a ?? []), 'target', 'rel', 'title'],
    img: [...(base.attributes?.img ?? []), 'loading', 'title'],
    iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'frameBorder', 'loading'],
    video: ['src', 'controls', 'width', 'height', 'poster', 'preload', 'muted', 'loop', 'playsInline'],
    source: ['src', 'type'],
    code: [...(base.attributes?.code ?? []), ['className', /^language-./]],
  },
  protocols: {
    ...base.protocols,
    src: ['http', 'https'],
  },
};
