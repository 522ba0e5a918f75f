import { isAllowedEmbed } from '@/lib/markdown/embeds';

export interface VideoEmbedProps {
  src?: string;
  title?: string;
}

/**
 * A video player from an allowed host, lazy, titled and 16:9 at any width.
 * In MDX: `<VideoEmbed src="https://www.youtube-nocookie.com/embed/ID" title="…" />`.
 * Any other address becomes a plain link: nothing is embedded from elsewhere.
 */
export function VideoEmbed({ src, title = 'Vidéo' }: VideoEmbedProps) {
  if (!src) return null;
  if (!isAllowedEmbed(src)) {
    return (
      <p>
        <a href={src}>Contenu externe : {title}</a>
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
export function Iframe({ src, title }: React.IframeHTMLAttributes<HTMLIFrameElement>) {
  return <VideoEmbed src={typeof src === 'string' ? src : undefined} title={title ?? 'Vidéo intégrée'} />;
}
