/**
 * Serves out/ as a static host does: files as they are, `dir/` as `dir/index.html`,
 * `dir` redirected to `dir/`, everything else 404 with 404.html. Under BASE_PATH when set.
 * `npm start` and the end-to-end tests use it; no framework server is involved.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export function startServer({ root, port, basePath = '' }: { root: string; port: number; basePath?: string }) {
  const isFile = (p: string) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  const send = (res: import('node:http').ServerResponse, file: string, status = 200) => {
    res.writeHead(status, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  };
  const server = createServer((req, res) => {
    // Concatenated, not resolved: a path such as `//x` must stay a path, not become a host.
    const url = new URL(`http://localhost${req.url?.startsWith('/') ? req.url : '/'}`);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const notFound = () => {
      const page = path.join(root, '404.html');
      if (isFile(page)) send(res, page, 404);
      else res.writeHead(404).end('Not found');
    };
    if (basePath && pathname === basePath) {
      res.writeHead(301, { location: `${basePath}/` }).end();
      return;
    }
    if (basePath && !pathname.startsWith(`${basePath}/`)) return notFound();
    const inSite = pathname.slice(basePath.length);
    const file = path.join(root, path.normalize(inSite));
    if (!file.startsWith(root)) return notFound();
    if (isFile(file)) return send(res, file);
    if (inSite.endsWith('/') && isFile(path.join(file, 'index.html'))) return send(res, path.join(file, 'index.html'));
    if (!inSite.endsWith('/') && isFile(path.join(file, 'index.html'))) {
      res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
      return;
    }
    notFound();
  });
  return new Promise<import('node:http').Server>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** OUT_DIR (default out/), PORT (default 3000) and BASE_PATH from the environment. */
export async function serveFromEnv() {
  const root = path.resolve(process.env.OUT_DIR ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
  await startServer({ root, port, basePath });
  console.log(`Serving ${path.relative(process.cwd(), root) || root} on http://localhost:${port}${basePath}/`);
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) await serveFromEnv();
