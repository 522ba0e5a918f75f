// Entry of a worker thread of scripts/prerender/run.ts: worker threads do not inherit tsx's
// loader, so it is registered here before the TypeScript worker is imported.
// Production React, as in `next build`: the development build is slower and checks nothing useful here.
process.env.NODE_ENV = 'production';
const { register } = await import('tsx/esm/api');
register();
await import(new URL('./worker.ts', import.meta.url).href);
