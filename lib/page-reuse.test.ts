import { describe, expect, it } from 'vitest';
import { KEPT_PAGES_VERSION, planRender, type KeptPages, type SiteInputs } from './page-reuse';

const site: SiteInputs = { code: 'c1', settings: 's1', publicFiles: 'p1', content: 'k1' };
const bodies = { '/blog/2024/01/02/a/': 'a1', '/blog/2024/02/03/b/': 'b1', '/en/blog/2024/02/03/b/': 'b1' };
const kept: KeptPages = { version: KEPT_PAGES_VERSION, site, bodies };

describe('planRender', () => {
  it('renders only the posts whose body changed, none when nothing did', () => {
    expect(planRender(kept, site, bodies)).toEqual({ kind: 'some', pages: [] });
    expect(planRender(kept, site, { ...bodies, '/en/blog/2024/02/03/b/': 'b2', '/blog/2024/01/02/a/': 'a2' })).toEqual({
      kind: 'some',
      pages: ['/blog/2024/01/02/a/', '/en/blog/2024/02/03/b/'],
    });
  });

  it('renders every page when nothing was kept, and names the first input that changed', () => {
    expect(planRender(undefined, site, bodies)).toEqual({ kind: 'all', why: 'none-kept' });
    expect(planRender({ ...kept, version: 0 as typeof KEPT_PAGES_VERSION }, site, bodies)).toEqual({ kind: 'all', why: 'none-kept' });
    expect(planRender(kept, { ...site, code: 'c2' }, bodies)).toEqual({ kind: 'all', why: 'code' });
    expect(planRender(kept, { ...site, settings: 's2' }, bodies)).toEqual({ kind: 'all', why: 'settings' });
    expect(planRender(kept, { ...site, publicFiles: 'p2' }, bodies)).toEqual({ kind: 'all', why: 'publicFiles' });
    expect(planRender(kept, { ...site, content: 'k2', code: 'c2' }, bodies)).toEqual({ kind: 'all', why: 'code' });
  });

  it('renders every page when the posts are not the same ones, even with the same content digest', () => {
    const fewer: Record<string, string> = { ...bodies };
    delete fewer['/blog/2024/01/02/a/'];
    expect(planRender(kept, site, fewer)).toEqual({ kind: 'all', why: 'content' });
    expect(planRender(kept, site, { ...fewer, '/blog/2024/01/02/c/': 'a1' })).toEqual({ kind: 'all', why: 'content' });
  });
});
