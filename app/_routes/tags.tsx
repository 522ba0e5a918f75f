import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/PageHeading';
import { TagList } from '@/components/TagList';
import { TagPage } from '@/components/TagPage';
import { dictionary } from '@/lib/i18n';
import { pageMetadata, tagPageMetadata } from '@/lib/metadata';
import { getTag, getTags, tagLaterPages } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';
import { tagsPath } from '@/lib/urls';
import { everyLanguage, tagLanguages } from './versions';

export const tagsMetadata = (lang: string) => {
  const t = dictionary(lang).tags;
  return pageMetadata({ title: t.title, description: t.description, path: tagsPath(lang), lang, versions: everyLanguage((l) => tagsPath(l)) });
};

export function TagsView({ lang }: { lang: string }) {
  const tags = getTags(lang);
  const t = dictionary(lang).tags;
  return (
    <>
      <PageHeading title={t.title} intro={t.intro(tags.length)} lang={lang} />
      <TagList tags={tags} lang={lang} />
    </>
  );
}

/** The tags with posts in the language: their first pages. */
export const tagParams = (lang: string) => atLeastOne(getTags(lang).map((t) => ({ tag: t.slug })), ['tag']);
/** Pages 2 and after of the tags with more posts than a page holds; page 1 is /tag/<slug>/. */
export const tagLaterParams = (lang: string) => atLeastOne(tagLaterPages(lang), ['tag', 'page']);

export function tagMetadata(slug: string, page: number, lang: string) {
  const found = getTag(slug, page, lang);
  return found ? tagPageMetadata(found.tag, found.posts.page, lang, tagLanguages(slug)) : {};
}

export function TagView({ slug, page, lang, later = false }: { slug: string; page: number; lang: string; later?: boolean }) {
  const found = getTag(slug, page, lang);
  if (!found || (later && found.posts.page === 1)) notFound();
  return <TagPage tag={found.tag} posts={found.posts} lang={lang} />;
}
