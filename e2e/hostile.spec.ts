import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SaxesParser } from 'saxes';
import { contentSecurityPolicy, type PolicyKind } from '../lib/publish/csp';
import { languageCodes } from '../lib/languages';
import { searchPath } from '../lib/urls';
import { SITE_SCRIPTS } from '../lib/search/fields';
import { redirectFile } from '../lib/publish/redirects';
import { siteConfig } from '../site.config';
import { escapeTargets } from '../test/fixtures/hostile/cases';

/**
 * out-hostile/ is what `npm run check` accepts of test/fixtures/hostile, built by `npm run build:hostile`.
 * Every file it holds is read with real parsers (HTML, XML, JSON), then every page is opened in
 * Chromium: what the check lets through publishes as a site where nothing runs, nothing redirects
 * readers elsewhere and nothing lands outside out-hostile/.
 */
const OUT = path.resolve('out-hostile');
const files = existsSync(OUT) ? readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith(`_next${path.sep}`)).sort() : [];
const pages = files.filter((f) => f.endsWith('.html'));
const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8');

/** `_redirects`: the redirects the build wrote, whose pages alone may refresh. */
const redirects = existsSync(path.join(OUT, '_redirects'))
  ? read('_redirects')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' '))
  : [];
const redirectPages = new Set(redirects.map(([from]) => redirectFile(from ?? '')));

// Every attribute that holds a URL a browser may load or navigate to.
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'data', 'background', 'ping', 'xLinkHref', 'manifest', 'longDesc'];
// Inside a body or a bio: what the sanitiser never lets through.
const BODY_FORBIDDEN = new Set(['form', 'input', 'button', 'object', 'embed', 'svg', 'math', 'meta', 'base', 'link', 'frame', 'frameset', 'applet']);

/** A URL that would run a script or show a document of its own: javascript:, vbscript:, data: other than images. */
function dangerousUrl(value: string): boolean {
  // Browsers drop control characters and spaces around a URL, and tabs and line breaks inside it.
  const v = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(v) || (v.startsWith('data:') && !/^data:image\/(png|jpeg|gif|webp|avif)[;,]/.test(v));
}

const urlsOf = (name: string, value: unknown): string[] => {
  const values = Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];
  // srcset: "url 480w, url 768w"; hast splits the candidates, each is a URL and a descriptor.
  return name === 'srcSet' ? values.map((v) => v.trim().split(/\s+/)[0] ?? '') : values;
};

const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);
const textOf = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

/**
 * What makes a tree unsafe, each as one line: scripts, handlers, dangerous URLs, styles, <base>,
 * a refresh outside a redirect page or to another site, frames from unlisted hosts, and what a
 * body (`.prose`, a post's or a bio) must never hold.
 */
/**
 * The one script a page may hold, the site's own, and only on its page: the search page runs the
 * search, the 404 fills its search field. Content can add neither (the sanitiser removes every
 * script of a body), and any other script is a finding.
 */
function ownScriptOf(file: string): { src: string; kind: PolicyKind } | undefined {
  // Every language's search page (`recherche/`, `en/recherche/`) runs the search script.
  const searchPages = languageCodes.map((lang) => path.join(...searchPath(lang).split('/').filter(Boolean), 'index.html'));
  if (searchPages.includes(file)) return { src: SITE_SCRIPTS.search, kind: 'search' };
  if (['404.html', path.join('404', 'index.html'), path.join('_not-found', 'index.html')].includes(file)) return { src: SITE_SCRIPTS.notFound, kind: 'notFound' };
  return undefined;
}

function findings(tree: Root | Element, { redirectPage = false, inBody = false, ownScript = undefined as string | undefined, searchPage = false } = {}): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent | ElementContent, body: boolean) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element') {
      const { tagName: tag, properties: props } = node;
      const at = `<${tag}${props.id ? `#${String(props.id)}` : ''}>`;
      const own = ownScript !== undefined && !body && props.type === 'module' && props.src === ownScript && props.dataSiteScript !== undefined;
      if (tag === 'script' && !own) {
        if (props.type !== 'application/ld+json') found.push(`${at} of type ${JSON.stringify(props.type ?? '')}`);
        else if (props.src !== undefined) found.push(`${at} data block with a src`);
        else {
          try {
            JSON.parse(textOf(node));
          } catch {
            found.push(`${at} data block that is not JSON`);
          }
        }
      }
      if (tag === 'style') found.push(`${at} element`);
      if (tag === 'base') found.push(`${at} element`);
      // The search page says, without JavaScript, that its lists still help; nothing else may hold a <noscript>.
      if (tag === 'template' || (tag === 'noscript' && (body || !searchPage))) found.push(`${at} element`);
      for (const [name, value] of Object.entries(props)) {
        if (name.toLowerCase().startsWith('on')) found.push(`${at} has the handler ${name}`);
        if (name === 'style') found.push(`${at} has a style attribute: ${String(value)}`);
        if (URL_PROPERTIES.includes(name)) for (const url of urlsOf(name, value)) if (dangerousUrl(url)) found.push(`${at} ${name}=${JSON.stringify(url)}`);
      }
      const httpEquiv = [props.httpEquiv].flat().join(' ').toLowerCase();
      if (tag === 'meta' && httpEquiv === 'refresh') {
        const target = /^\s*0\s*;\s*url=(.*)$/i.exec(String(props.content ?? ''))?.[1] ?? '';
        if (!redirectPage) found.push(`${at} refresh outside a redirect page`);
        else if (!/^\/(?![/\\])/.test(target)) found.push(`${at} refreshes to ${JSON.stringify(target)}, not a path of this site`);
      } else if (tag === 'meta' && httpEquiv && httpEquiv !== 'content-security-policy') found.push(`${at} http-equiv=${httpEquiv}`);
      if (tag === 'iframe') {
        const src = String(props.src ?? '');
        let host = '';
        try {
          host = new URL(src).protocol === 'https:' ? new URL(src).hostname : '';
        } catch {
          // Not an absolute URL: no listed host.
        }
        if (!siteConfig.embedHosts.includes(host)) found.push(`${at} src=${JSON.stringify(src)}, not on an embedHosts host`);
      }
      if (body && BODY_FORBIDDEN.has(tag)) found.push(`${at} inside a body`);
    }
    const inside = body || (node.type === 'element' && classes(node).includes('prose'));
    for (const child of node.children) walk(child, inside);
  };
  walk(tree, inBody);
  return found;
}

function xmlProblem(xml: string): string | undefined {
  let problem: string | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    problem ??= e.message;
  });
  let root: string | undefined;
  parser.on('opentag', (tag) => {
    root ??= tag.local;
  });
  parser.write(xml).close();
  return problem ?? (root ? undefined : 'no root element');
}

test.describe('out-hostile/, read as files', () => {
  test('holds the accepted posts, their redirects and the feeds, so that the checks below judge a site', () => {
    expect(pages.length, 'run `npm run build:hostile` first').toBeGreaterThan(10);
    for (const file of ['index.html', 'blog/2024/01/21/accepted-accents/index.html', 'feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', '404.html']) {
      expect(files, file).toContain(file.replaceAll('/', path.sep));
    }
    expect(redirects.length).toBeGreaterThanOrEqual(4);
    for (const page of redirectPages) expect(pages, `the redirect page ${page}`).toContain(page);
  });

  for (const file of pages) {
    test(`${file}: no script, handler, dangerous URL, style, <base>, foreign refresh or frame; the policy in <head>`, () => {
      const tree = fromHtml(read(file));
      const redirectPage = redirectPages.has(file);
      const own = ownScriptOf(file);
      expect(findings(tree, { redirectPage, ownScript: own?.src, searchPage: own?.kind === 'search' })).toEqual([]);

      const head = tree.children.flatMap((c) => (c.type === 'element' && c.tagName === 'html' ? c.children : [])).find((c): c is Element => c.type === 'element' && c.tagName === 'head');
      const policies = (head?.children ?? []).filter((c): c is Element => c.type === 'element' && c.tagName === 'meta' && [c.properties.httpEquiv].flat().join(' ').toLowerCase() === 'content-security-policy');
      expect(policies.map((m) => m.properties.content)).toEqual([contentSecurityPolicy(siteConfig.embedHosts, own?.kind ?? 'page')]);

      if (redirectPage) {
        const refresh = head?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'meta' && [c.properties.httpEquiv].flat().join(' ').toLowerCase() === 'refresh');
        const target = decodeURI(String(refresh?.properties.content ?? '').replace(/^0; url=/, ''));
        expect(existsSync(path.join(OUT, target, 'index.html')), `${file} leads to ${target}, a page of this site`).toBe(true);
      }
    });
  }

  test('_redirects leads only to paths of this site or to hosts of redirectHosts, one address per line', () => {
    for (const fields of redirects) {
      expect(fields, fields.join(' ')).toHaveLength(3);
      const [from = '', to = '', status] = fields;
      expect(status).toBe('301');
      expect(from).toMatch(/^\/(?![/\\])[^\s*!:?#\\]*$/);
      if (/^https:/.test(to)) expect(siteConfig.redirectHosts).toContain(new URL(to).hostname);
      else expect(to).toMatch(/^\/(?![/\\])/);
    }
  });

  test('every XML file (feed.xml, atom.xml, each tag feed, sitemap.xml) is well-formed XML', () => {
    const xmlFiles = files.filter((f) => f.endsWith('.xml'));
    expect(xmlFiles).toEqual(expect.arrayContaining(['feed.xml', 'atom.xml', 'sitemap.xml']));
    for (const file of xmlFiles) expect(xmlProblem(read(file)), file).toBeUndefined();
  });

  test('feed.json is JSON, and the HTML of each of its items passes the checks of a body', () => {
    const feed = JSON.parse(read('feed.json')) as { version: string; items: { id: string; content_html?: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(findings(fromHtml(item.content_html ?? '', { fragment: true }), { inBody: true }), item.id).toEqual([]);
    }
  });

  test('nothing was written outside out-hostile/ where the refused redirects aim (/tmp/x.html, …)', () => {
    const targets = escapeTargets(['out', 'out-hostile']);
    expect(targets).toContain('/tmp/x.html');
    expect(targets.filter((t) => existsSync(t))).toEqual([]);
  });
});

test.describe('out-hostile/, in Chromium', () => {
  for (const file of pages) {
    test(`${file} runs nothing, opens no dialog and breaks no rule of the policy`, async ({ page }) => {
      const trouble: string[] = [];
      page.on('console', (msg) => {
        if (msg.text().includes('Content Security Policy')) trouble.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
      page.on('dialog', (d) => {
        trouble.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('popup', (p) => trouble.push(`popup: ${p.url()}`));
      const address = file.split(path.sep).join('/');
      await page.goto(encodeURI(address));
      // A redirect page leaves at once: judge the page it leads to, once there.
      if (redirectPages.has(file)) await page.waitForURL((url) => decodeURI(url.pathname) !== `/${address}`);
      await page.waitForLoadState('networkidle');
      await page.locator('img, iframe').evaluateAll((els) => els.forEach((el) => el.scrollIntoView()));
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).origin, 'stays on this site').toBe(new URL(test.info().project.use.baseURL ?? '').origin);
      expect(trouble).toEqual([]);
    });
  }
});
