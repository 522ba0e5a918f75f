import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstVisit {
  /** Gzipped bytes of the HTML and the CSS, JavaScript and fonts it loads, images left out. */
  bytes: number;
  requests: number;
}

/** What a first visit to a page transfers before images, read off the exported files. */
export function firstVisit(outDir: string, pagePath: string, basePath = ''): FirstVisit {
  const file = path.join(outDir, pagePath, 'index.html');
  const html = readFileSync(file);
  let bytes = gzipSync(html).length;
  let requests = 1;
  const text = html.toString('utf8');
  const assets = new Set<string>();
  for (const m of text.matchAll(/<link[^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*>/g)) {
    const tag = m[0];
    if (/as="image"/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href) assets.add(href);
  }
  for (const m of text.matchAll(/<script[^>]*src="([^"]+)"/g)) assets.add(m[1]!);
  // A font both preloaded and named by the stylesheet is fetched once.
  const counted = new Set<string>();
  for (const asset of assets) {
    const local = path.join(outDir, asset.replace(basePath, '').split('?')[0]!);
    if (!existsSync(local) || counted.has(local)) continue;
    counted.add(local);
    const content = readFileSync(local);
    bytes += gzipSync(content).length;
    requests++;
    // Fonts a stylesheet loads count too.
    if (local.endsWith('.css')) {
      for (const f of content.toString('utf8').matchAll(/url\(([^)]+\.woff2?)\)/g)) {
        const font = path.join(outDir, f[1]!.replace(/["']/g, '').replace(basePath, ''));
        if (existsSync(font) && !counted.has(font)) {
          counted.add(font);
          bytes += readFileSync(font).length;
          requests++;
        }
      }
    }
  }
  return { bytes, requests };
}
