import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyPublicDir } from './copy-public';

describe('copyPublicDir', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'copy-public-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('copies the files of a public folder into out/, over what is there, and nothing reached through a link that leaves it', () => {
    const pub = path.join(root, 'public');
    const out = path.join(root, 'out');
    mkdirSync(path.join(pub, 'img', 'blog'), { recursive: true });
    mkdirSync(path.join(root, 'outside'));
    mkdirSync(out);
    writeFileSync(path.join(pub, 'img', 'blog', 'été.jpg'), 'photo');
    writeFileSync(path.join(pub, 'robots.txt'), 'importé');
    writeFileSync(path.join(out, 'robots.txt'), 'ancien');
    writeFileSync(path.join(root, 'outside', 'secret.txt'), 'secret');
    symlinkSync(path.join(root, 'outside'), path.join(pub, 'fuite'));
    symlinkSync(path.join(pub, 'img'), path.join(pub, 'img', 'blog', 'boucle'));

    expect(copyPublicDir(pub, out)).toBe(2);
    expect(readFileSync(path.join(out, 'img', 'blog', 'été.jpg'), 'utf8')).toBe('photo');
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toBe('importé');
    expect(existsSync(path.join(out, 'fuite'))).toBe(false);
    expect(existsSync(path.join(out, 'img', 'blog', 'boucle'))).toBe(false);
  });

  it('copies nothing from a public folder that does not exist (an import that copied no file), as the check reads it', () => {
    const out = path.join(root, 'out-empty');
    mkdirSync(out);
    expect(copyPublicDir(path.join(root, 'no-public'), out)).toBe(0);
  });
});
