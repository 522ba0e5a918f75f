import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { siteConfig } from '@/site.config';

/** Share links that are plain URLs: no script, no tracker. */
export function ShareLinks({ url, title, lang = defaultLang }: { url: string; title: string; lang?: string }) {
  const words = dictionary(lang).post;
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { label: 'X (Twitter)', href: `https://twitter.com/intent/tweet?url=${u}&text=${t}&via=${siteConfig.twitter}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'Mastodon', href: `https://mastodonshare.com/?url=${u}&text=${t}` },
    { label: words.email, href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <section aria-labelledby="share-title" className="mt-10" data-pagefind-ignore="">
      <h2 id="share-title" className="text-lg font-bold">
        {words.share}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-3 p-0">
        {links.map((l) => (
          <li key={l.label} className="list-none">
            <a
              href={l.href}
              className="inline-flex min-h-10 items-center px-4 py-1 text-sm font-medium text-action no-underline shadow-[inset_0_0_0_1px_currentColor] hover:bg-alt"
            >
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
