import { describe, expect, it } from 'vitest';
import { settledHead, withPagePolicy } from './page-policy';

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

describe('settledHead', () => {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27;"/>`;
  const head = (inside: string) => `<!DOCTYPE html><html lang="fr"><head>${inside}</head><body><p>Bonjour</p></body></html>`;
  const charset = '<meta charSet="utf-8"/>';
  const stylesheet = '<link rel="stylesheet" href="/a.css"/>';

  it('moves the policy right after the encoding, wherever React put it', () => {
    const first = head(`${charset}${policy}${stylesheet}<title>x</title>`);
    expect(settledHead(head(`${charset}${stylesheet}<title>x</title>${policy}`))).toBe(first);
    expect(settledHead(head(`${charset}${stylesheet}${policy}<title>x</title>`))).toBe(first);
    expect(settledHead(first)).toBe(first);
  });

  it('puts it first in <head> when there is no encoding, and leaves a page without a policy alone', () => {
    expect(settledHead(head(`${stylesheet}${policy}`))).toBe(head(`${policy}${stylesheet}`));
    expect(settledHead(head(stylesheet))).toBe(head(stylesheet));
  });

  it("puts next/font's size-adjust mark last, wherever it was", () => {
    const size = '<meta name="next-size-adjust" content=""/>';
    const settled = head(`${charset}${policy}${stylesheet}<title>x</title>${size}`);
    expect(settledHead(head(`${charset}${stylesheet}${size}<title>x</title>${policy}`))).toBe(settled);
    expect(settledHead(settled)).toBe(settled);
  });

  it('leaves a page without </head> as it is', () => {
    const page = `<p>${policy}</p>`;
    expect(settledHead(page)).toBe(page);
  });

  it("never takes a body's text for the policy", () => {
    const page = head(`${charset}${stylesheet}`).replace('<p>Bonjour</p>', `<pre>${policy}</pre>`);
    expect(settledHead(page)).toBe(page);
  });
});
