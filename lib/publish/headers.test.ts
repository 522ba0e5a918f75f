import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from './csp';
import { netlifyHeaders } from './headers';

const POLICY =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' https: data:; media-src 'self' https:; font-src 'self'; " +
  "frame-src https://www.youtube.com https://player.vimeo.com; object-src 'none'; base-uri 'none'; form-action 'self'; connect-src 'self'";
const SEARCH_POLICY = POLICY.replace("script-src 'none'", "script-src 'self' 'wasm-unsafe-eval'");

describe('contentSecurityPolicy', () => {
  it('allows frames from the embed hosts alone, forms sent to the site, and nothing that runs', () => {
    expect(contentSecurityPolicy(['www.youtube.com', 'player.vimeo.com'])).toBe(POLICY);
  });

  it("lets the search page run the site's scripts and WebAssembly and fetch the site's index, and nothing more", () => {
    expect(contentSecurityPolicy(['www.youtube.com', 'player.vimeo.com'], 'search')).toBe(SEARCH_POLICY);
  });

  it("lets the 404 run the site's scripts, with no connection", () => {
    expect(contentSecurityPolicy(['www.youtube.com', 'player.vimeo.com'], 'notFound')).toBe(POLICY.replace("script-src 'none'", "script-src 'self'"));
  });

  it("forbids every frame when no embed host is listed", () => {
    expect(contentSecurityPolicy([])).toContain("frame-src 'none';");
  });

  it('uses the embed hosts of site.config.ts', () => {
    expect(contentSecurityPolicy()).toContain(`frame-src ${siteConfig.embedHosts.map((h) => `https://${h}`).join(' ')};`);
  });

  it('refuses a host that would change the policy', () => {
    expect(() => contentSecurityPolicy(["x.org; script-src 'unsafe-inline'"])).toThrow(
      `embedHosts in site.config.ts: "x.org; script-src 'unsafe-inline'" is not a host name`,
    );
  });

  it("forbids framing in the header, which a meta cannot; the header is the search page's policy, which each page's meta narrows", () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(contentSecurityPolicyHeader(['www.youtube.com', 'player.vimeo.com'])).toBe(`${SEARCH_POLICY}; frame-ancestors 'none'`);
  });
});

describe('netlifyHeaders', () => {
  it('gives every path the policy, nosniff and the referrer policy', () => {
    expect(netlifyHeaders(['www.youtube.com', 'player.vimeo.com'])).toBe(
      `/*\n  Content-Security-Policy: ${SEARCH_POLICY}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
    );
  });
});
