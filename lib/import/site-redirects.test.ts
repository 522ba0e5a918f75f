import { describe, expect, it } from 'vitest';
import { planSiteRedirects, withSiteRedirects, type RedirectTargets } from './site-redirects';

// One imported post, which answers to its new address, its Jekyll one and its old `/posts/` one; a PDF the blog serves.
const POST = '/blog/2018/03/16/technique/';
const targets: RedirectTargets = {
  postAt: (p) => (['/blog/2018/03/16/technique/', '/blog/2018/03/16/technique.html', '/posts/2018/03/16/technique/'].includes(p) ? POST : undefined),
  serves: (p) => p === '/blog/' || p === '/docs/memo.pdf',
  siteHosts: ['example.org', 'www.example.org'],
};

const RULES = [
  '# Netlify',
  'https://old.netlify.app/* https://example.org/:splat 301!',
  '',
  '/blog.html /blog/ 301!',
  '/posts/2018/03/16/technique/ /blog/2018/03/16/technique.html 301!',
  '/ancien/technique https://example.org/blog/2018/03/16/technique.html',
  '/assets/memo.pdf /docs/memo.pdf 301',
  '/defi/x/ /defis/2018/x.html 301!',
  '/old/* /new/:splat 301',
  '/api/* /.netlify/functions/:splat 200',
  '/fr /blog/ 302 Language=fr',
  '/ailleurs/ https://autre.example/ 301',
].join('\n');

describe('the old site’s _redirects', () => {
  const { kept, left } = planSiteRedirects(RULES, targets);

  it('keeps each rule from one old address to a post (by any of its addresses) or to what the blog serves', () => {
    expect(kept).toEqual([
      { from: '/blog.html', to: '/blog/', line: 4 },
      { from: '/ancien/technique', to: POST, line: 6 },
      { from: '/assets/memo.pdf', to: '/docs/memo.pdf', line: 7 },
    ]);
  });

  it('leaves out, with its line and why, what cannot be kept; a rule from an address the post keeps anyway says nothing', () => {
    expect(left.map((p) => [p.line, p.code, p.message])).toEqual([
      [2, 'W217', 'règle « https://old.netlify.app/* https://example.org/:splat 301! » non gardée : elle redirige un autre hôte (un changement de domaine)'],
      [8, 'W217', 'règle « /defi/x/ /defis/2018/x.html 301! » non gardée : elle mène à /defis/2018/x.html, que ce blog ne sert pas'],
      [9, 'W217', 'règle « /old/* /new/:splat 301 » non gardée : la redirection depuis « /old/* » contient « * », que les hébergeurs lisent comme un motif dans _redirects'],
      [10, 'W217', 'règle « /api/* /.netlify/functions/:splat 200 » non gardée : le statut 200 n’est pas une redirection (c’est une réécriture ou une page d’erreur)'],
      [11, 'W217', 'règle « /fr /blog/ 302 Language=fr » non gardée : seules les règles `origine destination [statut]` sont lues (ni condition, ni paramètre)'],
      [12, 'W217', 'règle « /ailleurs/ https://autre.example/ 301 » non gardée : elle mène à un autre site (https://autre.example/)'],
    ]);
    expect(left.every((p) => p.file === '_redirects' && p.fix)).toBe(true);
  });

  it('adds the kept rules after what content/redirects.yml holds, once, so that the file only grows', () => {
    const current = '# Mes redirections\n- from: /blog.html\n  to: /blog/\n';
    const text = withSiteRedirects(current, kept, 'From the old site');
    expect(text).toBe(`${current}# From the old site\n- from: /ancien/technique\n  to: ${POST}\n- from: /assets/memo.pdf\n  to: /docs/memo.pdf\n`);
    expect(withSiteRedirects(text, kept, 'From the old site')).toBe(text);
    expect(withSiteRedirects(undefined, kept.slice(0, 1), 'From the old site')).toBe('# From the old site\n- from: /blog.html\n  to: /blog/\n');
  });
});
