import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getContent } from '../../lib/content';
import { sitePages } from '../../lib/content/pages';
import { BUILD_FILES } from '../../lib/content/site-entries';
import type { Post } from '../../lib/content/post';
import { absolutiseHtml } from '../../lib/publish/absolute-html';
import { buildFeeds, FEED_SIZE, type FeedEntry } from '../../lib/publish/feeds';
import { netlifyHeaders } from '../../lib/publish/headers';
import { netlifyRedirects, pageLook, redirectFile, redirectPage } from '../../lib/publish/redirects';
import { buildRobots, buildSitemap } from '../../lib/publish/sitemap';
import { prerenderedBody, withoutTextSeparators } from '../../lib/render/prerendered';
import { languageCodes } from '../../lib/languages';
import { feedPath, homePath, tagFeedPath, tagPath } from '../../lib/urls';
import { siteConfig } from '../../site.config';
import type { PostbuildStep } from '../postbuild';
import { outPath } from './out-path';

/** Writes a file of out/; `file` is a site path (`/feed.xml`) or relative to out/. Nothing lands outside out/. */
function write(outDir: string, file: string, text: string) {
  const full = outPath(outDir, file.replace(/^\//, ''));
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

/**
 * A body as static HTML, for a post with no prerendered body. The renderer is loaded only
 * then: loading it (unified, MDX, React) took longer than the whole step once bodies were prerendered.
 */
async function renderBody(post: Post): Promise<string> {
  const [{ renderToStaticMarkup }, { mdxComponentsFor }, { renderPostBody }] = await Promise.all([
    import('react-dom/server'),
    import('../../components/mdx-components'),
    import('../../lib/render'),
  ]);
  return renderToStaticMarkup(await renderPostBody(post, mdxComponentsFor(post.lang)));
}

/** Feeds (site and per tag), sitemap, robots.txt, redirect pages, `_redirects` and `_headers`. */
export const publishFiles: PostbuildStep = {
  name: 'feeds, sitemap, robots, redirects and headers',
  async run(outDir) {
    const content = getContent();
    // Each post's HTML is rendered once, whatever the number of feeds it appears in.
    const htmlCache = new Map<string, string>();
    const entry = async (post: Post): Promise<FeedEntry> => {
      let html = htmlCache.get(post.path);
      if (html === undefined) {
        // The body prerendered for the page, when there is one, saves rendering it again.
        const prerendered = prerenderedBody(post);
        const markup = prerendered === undefined ? await renderBody(post) : withoutTextSeparators(prerendered);
        html = absolutiseHtml(markup);
        htmlCache.set(post.path, html);
      }
      return { post, html };
    };

    // Each language has its feeds, of its own posts only: /feed.xml (the old address) for French, /en/feed.xml for English.
    for (const lang of languageCodes) {
      const lists = content.byLang[lang];
      if (!lists) continue;
      const latest = await Promise.all(lists.posts.slice(0, FEED_SIZE).map(entry));
      const paths = { rssPath: feedPath('rss', lang), atomPath: feedPath('atom', lang), jsonPath: feedPath('json', lang) };
      const site = buildFeeds(latest, { title: siteConfig.title, lang, path: homePath(lang), ...paths });
      write(outDir, paths.rssPath, site.rss);
      write(outDir, paths.atomPath, site.atom);
      write(outDir, paths.jsonPath, site.json);

      for (const tag of lists.tags) {
        const posts = (lists.postsByTag.get(tag.slug) ?? []).slice(0, FEED_SIZE);
        const feeds = buildFeeds(await Promise.all(posts.map(entry)), {
          title: `${siteConfig.title} · ${tag.name}`,
          lang,
          path: tagPath(tag.slug, 1, lang),
          rssPath: tagFeedPath(tag.slug, lang),
        });
        write(outDir, tagFeedPath(tag.slug, lang), feeds.rss);
      }
    }

    write(outDir, BUILD_FILES.sitemap, buildSitemap(sitePages(content)));
    write(outDir, BUILD_FILES.robots, buildRobots());

    const titles = new Map(content.published.map((p) => [p.path, p.title]));
    // Redirect pages look like the site: the stylesheet and font of its home page.
    const look = pageLook(readFileSync(outPath(outDir, 'index.html'), 'utf8'));
    for (const r of content.redirects) write(outDir, redirectFile(r.from), redirectPage(r.to, titles.get(r.to) ?? siteConfig.title, look));
    write(outDir, BUILD_FILES.redirects, netlifyRedirects(content.redirects));
    write(outDir, BUILD_FILES.headers, netlifyHeaders());
  },
};
