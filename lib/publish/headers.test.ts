import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from './csp';
import { netlifyHeaders } from './headers';

const POLICY =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' https: data:; media-src 'self' https:; font-src 'self'; " +
  "frame-src https://www.youtube.com https://player.vimeo.com; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'";

describe('contentSecurityPolicy', () => {
  it('allows frames from the embed hosts alone, and nothing that runs', () => {
    expect(contentSecurityPolicy(['www.youtube.com', 'player.vimeo.com'])).toBe(POLICY);
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

  it('forbids framing in the header, which a meta cannot', () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(contentSecurityPolicyHeader(['www.youtube.com', 'player.vimeo.com'])).toBe(`${POLICY}; frame-ancestors 'none'`);
  });
});

describe('netlifyHeaders', () => {
  it('gives every path the policy, nosniff and the referrer policy', () => {
    expect(netlifyHeaders(['www.youtube.com', 'player.vimeo.com'])).toBe(
      `/*\n  Content-Security-Policy: ${POLICY}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
    );
  });
});
