import { responsiveImgProps, SIZES } from '@/lib/responsive-images';
import { withBasePath, isExternalUrl } from '@/lib/urls';

export interface FigureProps {
  /** Absent when the sanitiser removed it (not an http, https or relative address). */
  src?: string;
  alt?: string;
  caption?: string;
  /** Strings: next-mdx-remote drops `{expressions}`, so MDX attributes are text. */
  width?: string | number;
  height?: string | number;
  children?: React.ReactNode;
}

/** An image with its caption. In MDX: `<Figure src="/img/blog/x.jpg" alt="…" caption="…" />`. */
export function Figure({ src, alt = '', caption, width, height, children }: FigureProps) {
  if (!src) return null;
  return (
    <figure className="my-8">
      <Img src={src} alt={alt} width={width} height={height} />
      {(caption || children) && (
        <figcaption>{caption ?? children}</figcaption>
      )}
    </figure>
  );
}

type ImgProps = React.ImgHTMLAttributes<HTMLImageElement>;

/**
 * Every image of a post body: sized (no layout shift), lazy, under the base path, and
 * in WebP at the width the screen needs when it is a local image.
 */
export function Img({ src, alt = '', loading, sizes, ...rest }: ImgProps) {
  const local = typeof src === 'string' && !isExternalUrl(src);
  const responsive = local ? responsiveImgProps(src, sizes ?? SIZES.article, withBasePath) : {};
  return (
    // eslint-disable-next-line @next/next/no-img-element -- static export: images are served as files
    <img
      src={local ? withBasePath(src) : src}
      alt={alt}
      loading={loading ?? 'lazy'}
      decoding="async"
      className="mx-auto h-auto max-w-full rounded"
      {...responsive}
      {...rest}
    />
  );
}
