export interface LanguageConfig {
  /** ASCII code, as in `<html lang>` and `lang:`: `fr`, `en`. */
  code: string;
  /** Open Graph's locale: `fr_FR`, `en_GB`. */
  locale: string;
}

/** What a site owner changes. Everything else derives from the content. */
export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute origin, no trailing slash, no base path. */
  url: string;
  /**
   * The languages posts are written in. The first is the site's own: its pages have no prefix
   * (`/blog/…`). Each other one is served under `/<code>/` (`/en/blog/…`), reads its posts from
   * content/posts/<code>/ (or a post's `lang:`), and needs a reader dictionary in lib/i18n/.
   */
  languages: readonly [LanguageConfig, ...LanguageConfig[]];
  twitter: string;
  postsPerPage: number;
  /**
   * The allowed tags are not here but in content/tags.yml (lib/content/tags-file.ts): a list that
   * `npm run import:jekyll -- --add-tags` adds to, and that follows CONTENT_DIR.
   */
  maxTagsPerPost: number;
  /** Hosts whose players may be embedded with an iframe. */
  embedHosts: readonly string[];
  /**
   * Hosts that content/redirects.yml may send readers to (`to: https://host/…`). Empty: every
   * redirect leads to a page of this site, and a typo or a hostile edit cannot turn an old
   * address into an open redirect. List a host only when the site owner vouches for it.
   */
  redirectHosts: readonly string[];
}

export const siteConfig: SiteConfig = {
  title: "Entrepreneurs d'intérêt général",
  description:
    "Le blog du programme Entrepreneurs d'intérêt général : des talents du numérique au service de l'action publique.",
  url: 'https://entrepreneur-interet-general.etalab.gouv.fr',
  languages: [
    { code: 'fr', locale: 'fr_FR' },
    { code: 'en', locale: 'en_GB' },
  ],
  twitter: 'etalab',
  postsPerPage: 8,
  maxTagsPerPost: 4,
  embedHosts: [
    'www.youtube.com',
    'www.youtube-nocookie.com',
    'youtube.com',
    'player.vimeo.com',
    'www.dailymotion.com',
    'geo.dailymotion.com',
    'peertube.fr',
    'tube.numerique.gouv.fr',
  ],
  redirectHosts: [],
};
