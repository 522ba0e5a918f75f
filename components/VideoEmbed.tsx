import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { isAllowedEmbed } from '@/lib/markdown/embeds';

export interface VideoEmbedProps {
  src?: string;
  title?: string;
  /** The language of the post it is in, for the words it adds: set by the component map, not by authors. */
  lang?: string;
}

/**
 * A video player from an allowed host, lazy, titled and 16:9 at any width.
 * In MDX: `<VideoEmbed src="https://www.youtube-nocookie.com/embed/ID" title="…" />`.
 * Any other address becomes a plain link: nothing is embedded from elsewhere.
 */
export function VideoEmbed({ src, title: given, lang = defaultLang }: VideoEmbedProps) {
  if (!src) return null;
  const t = dictionary(lang);
  const title = given ?? t.media.video;
  if (!isAllowedEmbed(src)) {
    return (
      <p>
        <a href={src}>
          {t.media.external}
          {t.frenchTypography ? ' : ' : ': '}
          {title}
        </a>
      </p>
    );
  }
  return (
    <div className="not-prose my-8 aspect-video w-full">
      <iframe
        src={src}
        title={title}
        loading="lazy"
        allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
        allowFullScreen
        className="h-full w-full rounded border-0"
      />
    </div>
  );
}

/** Raw `<iframe>` in Markdown and MDX goes through the same checks as `<VideoEmbed>`. */
export function Iframe({ src, title, lang = defaultLang }: React.IframeHTMLAttributes<HTMLIFrameElement>) {
  return <VideoEmbed src={typeof src === 'string' ? src : undefined} title={title ?? dictionary(lang).media.embeddedVideo} lang={lang} />;
}
