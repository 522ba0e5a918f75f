import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isRscPayload, stripFrameworkJs } from '../../lib/publish/strip-js';
import type { PostbuildStep } from '../postbuild';

/** Removes the framework's scripts from every page that does not ask to keep them, and their payload files. */
export const stripJs: PostbuildStep = {
  name: 'strip framework JavaScript',
  run(outDir) {
    const walk = (dir: string) => {
      const entries = readdirSync(dir, { withFileTypes: true });
      const page = path.join(dir, 'index.html');
      let keepPayload = false;
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (full !== path.join(outDir, '_next')) walk(full);
        } else if (e.name.endsWith('.html')) {
          const { html, stripped } = stripFrameworkJs(readFileSync(full, 'utf8'));
          if (stripped) writeFileSync(full, html);
          else if (full === page) keepPayload = true;
        }
      }
      if (!keepPayload) for (const e of entries) if (e.isFile() && isRscPayload(e.name)) rmSync(path.join(dir, e.name));
    };
    walk(outDir);
  },
};
