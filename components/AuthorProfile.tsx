import { mdxComponents } from '@/components/mdx-components';
import type { AuthorSummary } from '@/lib/content/build-index';
import type { Post } from '@/lib/content/post';
import { renderPostBody } from '@/lib/render';
import { twitterUrl } from '@/lib/urls';
import { Avatar } from './Avatar';
import { PostGrid } from './PostGrid';

export async function AuthorProfile({ author, posts }: { author: AuthorSummary; posts: readonly Post[] }) {
  const bio = author.bio ? await renderPostBody({ body: author.bio, format: 'md' }, mdxComponents) : null;
  return (
    <>
      <div className="mb-10 flex flex-col gap-6 sm:flex-row sm:items-center">
        <Avatar name={author.name} src={author.avatar} size={120} />
        <div>
          <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">{author.name}</h1>
          {bio && <div className="prose prose-slate mt-3">{bio}</div>}
          <ul className="mt-3 flex flex-wrap gap-4 p-0">
            {author.twitter && (
              <li className="list-none">
                <a href={twitterUrl(author.twitter)} className="underline">
                  @{author.twitter} sur X
                </a>
              </li>
            )}
            {author.website && (
              <li className="list-none">
                <a href={author.website} className="underline">
                  Site web
                </a>
              </li>
            )}
          </ul>
        </div>
      </div>
      <h2 className="mb-4 text-2xl font-bold">
        {posts.length} article{posts.length > 1 ? 's' : ''}
      </h2>
      <PostGrid posts={posts} headingLevel={3} />
    </>
  );
}
