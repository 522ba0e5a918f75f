// @ts-check
import os from 'node:os';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

const basePath = process.env.BASE_PATH ?? '';

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    // The dev server is not an export: with `output: 'export'` it throws "missing param … in
    // generateStaticParams()" (Next's error overlay, not the page) for the address of a post renamed
    // or deleted while open, once its list of addresses has caught up. Without it, that address is a
    // 404 like any other, and every page is still rendered only from the routes' static params.
    output: phase === PHASE_DEVELOPMENT_SERVER ? undefined : 'export',
    trailingSlash: true,
    images: { unoptimized: true },
    basePath,
    env: { NEXT_PUBLIC_BASE_PATH: basePath },
    poweredByHeader: false,
    reactStrictMode: true,
    // `*.dev.ts` files are routes of the dev server alone (live reload of content/), never exported.
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['tsx', 'ts', 'dev.ts'] : ['tsx', 'ts'],
    // Types and lint run in `npm test`; the build need not run them twice.
    typescript: { ignoreBuildErrors: true },
    // Loaded by Node from node_modules instead of bundled: the Markdown, YAML and HTML libraries the
    // content loader and the renderer use on the server alone (none imports React). Turbopack then
    // compiles about half as much: a cold `next build` compiled in 5.6 s instead of 10.3 s, and the dev
    // server's first page came 0.7 s sooner, with the same out/ (diff -r). Shiki and next-mdx-remote
    // are on Next's own list already.
    serverExternalPackages: [
      'feed', 'gray-matter', 'hast-util-from-html', 'hast-util-sanitize', 'hast-util-to-html', 'hast-util-to-jsx-runtime',
      'hastscript', 'image-size', 'js-yaml', 'mdast-util-mdx', 'parse5', 'rehype-autolink-headings', 'rehype-raw',
      'rehype-sanitize', 'rehype-slug', 'remark-gfm', 'remark-mdx', 'remark-parse', 'remark-rehype', 'slugify', 'unified',
      'unist-util-visit', 'vfile-message', 'zod',
    ],
    experimental: {
      // Next keeps one core for itself by default; static generation is the whole build here.
      cpus: Math.max(1, os.cpus().length),
      // Turbopack's cache in .next/cache/ (about 40 MB): a second build with .next/ kept took 10.3 s
      // instead of 14.3 s on the seed content, a cold build 1.6 s more to write it; the output is the
      // same (diff -r of out/ differs only by the random build id). The deploy workflow keeps it.
      turbopackFileSystemCacheForBuild: true,
      // Measuring the gzip size of every segment of every page, to tune client prefetching: no page
      // keeps the client router (scripts/postbuild/strip-js.ts removes it), so the sizes serve nobody.
      prefetchInlining: false,
    },
  };
}
