/** What the importer reads of a Jekyll site's `_config.yml` (lib/import/read-site.ts). */
export interface JekyllConfig {
  /** `url:` of _config.yml, without a trailing slash. */
  url?: string;
  baseurl: string;
  /** The posts' permalink template: the posts collection's, else the site's (a style's pattern). */
  permalink: string;
  /** The site's own `permalink:` as a template (a style's pattern): pages take their ending from it. */
  sitePermalink: string;
  /** `timezone:`, in which Jekyll read posts' dates; the build machine's when unset (UTC here). */
  timezone?: string;
  /** `defaults:` entries that may apply to posts. */
  defaults: readonly FrontMatterDefault[];
  /** `collections_dir:`, the folder that holds `_posts/` when set. */
  collectionsDir?: string;
  /** The site's `author` (text or `name:`), the byline of posts that have none. */
  author?: string;
  title?: string;
  /** Text values of _config.yml by Liquid name (`site.title`), for `{{ site.title }}` in bodies. */
  variables: Readonly<Record<string, string>>;
}

/** One entry of `defaults:` in _config.yml: values a post takes unless its front matter has them. */
export interface FrontMatterDefault {
  /** `scope.path`, from the site root: a folder, a file, or a glob with `*`. */
  path: string;
  type?: string;
  values: Readonly<Record<string, unknown>>;
}
