// @ts-check
import os from 'node:os';

const basePath = process.env.BASE_PATH ?? '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  reactStrictMode: true,
  // Types and lint run in `npm test`; the build need not run them twice.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next keeps one core for itself by default; static generation is the whole build here.
    cpus: Math.max(1, os.cpus().length),
    // Builds start from an empty .next/ (CI, the bench): writing Turbopack's cache (~40 MB, 2 to 4 s) only slows them.
    turbopackFileSystemCacheForBuild: false,
    // Measuring the gzip size of every segment of every page, to tune client prefetching: no page
    // keeps the client router (scripts/postbuild/strip-js.ts removes it), so the sizes serve nobody.
    prefetchInlining: false,
  },
};

export default nextConfig;
