import { notFound } from 'next/navigation';
import { BlogPage } from '@/components/BlogPage';
import { dictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { blogPageCount, getBlogPage, getTags } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';
import { blogPath } from '@/lib/urls';
import { everyLanguage } from './versions';

/** The blog's pages in a language: /blog/, /blog/page/N/ (and /en/blog/…). */
export const blogMetadata = (lang: string, page = 1) => {
  const t = dictionary(lang).blog;
  return pageMetadata({
    title: page > 1 ? t.titleOfPage(page) : t.title,
    ...(page === 1 ? { description: t.description } : {}),
    path: blogPath(page, lang),
    lang,
    versions: page === 1 ? everyLanguage((l) => blogPath(1, l)) : [],
  });
};

// Page 1 is /blog/; /blog/page/1/ is written too (canonical /blog/), so that every
// number in the series works and the export never sees an empty parameter list.
export const blogPageParams = (lang: string) =>
  atLeastOne(Array.from({ length: blogPageCount(lang) }, (_, i) => ({ page: String(i + 1) })), ['page']);

export function BlogView({ lang, page }: { lang: string; page: number }) {
  const data = getBlogPage(page, lang);
  if (!data) notFound();
  return <BlogPage posts={data.items} page={data.page} totalPages={data.totalPages} tags={getTags(lang)} lang={lang} />;
}
