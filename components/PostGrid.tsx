import type { Post } from '@/lib/content/post';
import { PostCard } from './PostCard';

export function PostGrid({ posts, headingLevel = 2 }: { posts: readonly Post[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-6 p-0 md:grid-cols-2">
      {posts.map((post) => (
        <li key={post.path} className="list-none">
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
