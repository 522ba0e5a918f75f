import { describe, expect, it } from 'vitest';
import { policyFirst, withPagePolicy } from './page-policy';

const page = (meta: string) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/>${meta}<title>x</title></head><body><p>Bonjour</p></body></html>`;

describe('withPagePolicy', () => {
  it("rewrites the policy's content alone, whatever the attributes' order and case", () => {
    const html = page(`<meta content="script-src 'none'" http-equiv="Content-Security-Policy"/>`);
    expect(withPagePolicy(html, "script-src 'self'")).toBe(page(`<meta content="script-src 'self'" http-equiv="Content-Security-Policy"/>`));
  });

  it('escapes what would end the attribute', () => {
    const html = page(`<meta http-equiv="content-security-policy" content="x"/>`);
    expect(withPagePolicy(html, 'a"b&c')).toBe(page(`<meta http-equiv="content-security-policy" content="a&quot;b&amp;c"/>`));
  });

  it('refuses a page without a policy, or with two', () => {
    expect(() => withPagePolicy(page(''), 'x')).toThrow('expected one Content-Security-Policy <meta>, found 0');
    const two = `<meta http-equiv="Content-Security-Policy" content="a"/>`;
    expect(() => withPagePolicy(page(two + two), 'x')).toThrow('found 2');
  });

  it('does not take a policy quoted in text or a comment for the real one', () => {
    const html = page(`<!-- <meta http-equiv="Content-Security-Policy" content="a"/> --><meta http-equiv="Content-Security-Policy" content="b"/>`).replace(
      '<p>Bonjour</p>',
      '<pre>&lt;meta http-equiv="Content-Security-Policy" content="c"&gt;</pre>',
    );
    expect(withPagePolicy(html, 'z')).toContain('<!-- <meta http-equiv="Content-Security-Policy" content="a"/> --><meta http-equiv="Content-Security-Policy" content="z"/>');
  });
});

describe('policyFirst', () => {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27;"/>`;
  const head = (inside: string) => `<!DOCTYPE html><html lang="fr"><head>${inside}</head><body><p>Bonjour</p></body></html>`;
  const charset = '<meta charSet="utf-8"/>';
  const stylesheet = '<link rel="stylesheet" href="/a.css"/>';

  it('moves the policy right after the encoding, wherever React put it', () => {
    const first = head(`${charset}${policy}${stylesheet}<title>x</title>`);
    expect(policyFirst(head(`${charset}${stylesheet}<title>x</title>${policy}`))).toBe(first);
    expect(policyFirst(head(`${charset}${stylesheet}${policy}<title>x</title>`))).toBe(first);
    expect(policyFirst(first)).toBe(first);
  });

  it('puts it first in <head> when there is no encoding, and leaves a page without a policy alone', () => {
    expect(policyFirst(head(`${stylesheet}${policy}`))).toBe(head(`${policy}${stylesheet}`));
    expect(policyFirst(head(stylesheet))).toBe(head(stylesheet));
  });

  it("never takes a body's text for the policy", () => {
    const page = head(`${charset}${stylesheet}`).replace('<p>Bonjour</p>', `<pre>${policy}</pre>`);
    expect(policyFirst(page)).toBe(page);
  });
});
