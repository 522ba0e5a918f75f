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
  // Next keeps one core for itself by default; static generation is the whole build here.
  experimental: { cpus: Math.max(1, os.cpus().length) },
};

export default nextConfig;
