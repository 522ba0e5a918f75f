import { describe, expect, it } from 'vitest';
import { checkRedirects, type Redirect } from './redirects';

const pages = new Set(['/', '/blog/', '/blog/2018/09/24/x/', '/tag/design/']);
const r = (from: string, to: string, file = 'content/redirects.yml'): Redirect => ({ from, to, file });

describe('checkRedirects', () => {
  it('accepts redirects to pages', () => {
    expect(checkRedirects([r('/blog/2018/09/24/x.html', '/blog/2018/09/24/x/'), r('/posts/x', '/blog/2018/09/24/x/')], pages)).toEqual([]);
  });

  it('refuses a redirect over an existing page', () => {
    expect(checkRedirects([r('/tag/design/', '/blog/')], pages)).toEqual([
      expect.objectContaining({ file: 'content/redirects.yml', message: 'redirect from /tag/design/ would replace an existing page' }),
    ]);
  });

  it('refuses two redirects from one address', () => {
    const problems = checkRedirects([r('/old/', '/blog/'), r('/old', '/tag/design/', 'content/posts/x.md')], pages);
    expect(problems.map((p) => p.message)).toEqual(['two redirects from /old: to /blog/ (content/redirects.yml) and to /tag/design/']);
    expect(problems[0]!.file).toBe('content/posts/x.md');
  });

  it('refuses a loop, once', () => {
    const problems = checkRedirects([r('/a/', '/b/'), r('/b/', '/a/')], pages);
    expect(problems.map((p) => p.message)).toEqual(['redirect loop: /a/ → /b/ → /a/']);
  });

  it('refuses a redirect to nowhere', () => {
    expect(checkRedirects([r('/a/', '/nowhere/')], pages)[0]?.message).toBe('redirect from /a/ leads to /nowhere/, which is not a page of the site');
  });
});

