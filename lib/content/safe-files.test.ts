import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspect, isInside, listFolder, refusedLinksUnder, refusedProblem, writableInside } from './safe-files';

const base = mkdtempSync(path.join(tmpdir(), 'safe-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A folder `root/` with a file, and a file `outside/secret.md` beside it. */
function tree() {
  const dir = mkdtempSync(path.join(base, 't-'));
  const root = path.join(dir, 'root');
  const outside = path.join(dir, 'outside');
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'sub', 'ok.md'), 'ok');
  writeFileSync(path.join(outside, 'secret.md'), 'secret');
  return { root, outside };
}

describe('isInside', () => {
  it('is true for the folder and below it, false above and beside it', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c/d')).toBe(true);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a/b/../c')).toBe(false);
    expect(isInside('/a/b', '/etc/passwd')).toBe(false);
  });
});

describe('inspect', () => {
  it('follows a link that stays inside the folder', () => {
    const { root } = tree();
    symlinkSync('sub/ok.md', path.join(root, 'lien.md'));
    expect(inspect(root, path.join(root, 'lien.md'))).toMatchObject({ kind: 'file', link: true, real: expect.stringMatching(/sub\/ok\.md$/) });
    expect(inspect(root, path.join(root, 'sub'))).toMatchObject({ kind: 'directory', link: false });
    expect(inspect(root, path.join(root, 'absent.md'))).toMatchObject({ kind: 'missing' });
  });

  it('refuses a link that leaves the folder, a loop and a dangling link, naming what the link says', () => {
    const { root, outside } = tree();
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'dehors.md'));
    symlinkSync('../outside', path.join(root, 'dossier'));
    symlinkSync('boucle.md', path.join(root, 'boucle.md'));
    symlinkSync('nulle-part.md', path.join(root, 'pendant.md'));
    expect(inspect(root, path.join(root, 'dehors.md'))).toMatchObject({ kind: 'refused', reason: 'outside', target: path.join(outside, 'secret.md') });
    expect(inspect(root, path.join(root, 'dossier'))).toMatchObject({ kind: 'refused', reason: 'outside', target: '../outside' });
    // A file below a folder link that leaves: refused too, by its real path.
    expect(inspect(root, path.join(root, 'dossier', 'secret.md'))).toMatchObject({ kind: 'refused', reason: 'outside' });
    expect(inspect(root, path.join(root, 'boucle.md'))).toMatchObject({ kind: 'refused', reason: 'loop', target: 'boucle.md' });
    expect(inspect(root, path.join(root, 'boucle.md', 'x.md'))).toMatchObject({ kind: 'refused', reason: 'loop' });
    expect(inspect(root, path.join(root, 'pendant.md'))).toMatchObject({ kind: 'refused', reason: 'dangling', target: 'nulle-part.md' });
  });

  it('accepts a root that is itself a link: the boundary is where it leads', () => {
    const { root } = tree();
    const alias = path.join(path.dirname(root), 'alias');
    symlinkSync(root, alias);
    expect(inspect(alias, path.join(alias, 'sub', 'ok.md'))).toMatchObject({ kind: 'file' });
  });
});

describe('refusedProblem', () => {
  it('names the file, what the link says and the folder, with the fix', () => {
    const p = (reason: 'outside' | 'loop' | 'dangling', target: string) =>
      refusedProblem('content/posts/x.md', { kind: 'refused', path: '/r/x.md', reason, target }, 'content/');
    expect(p('outside', '/etc/passwd')).toEqual({
      file: 'content/posts/x.md',
      code: 'E050',
      severity: 'error',
      message: 'lien symbolique vers /etc/passwd, hors de content/ : non lu',
      fix: 'remplacez le lien par le fichier lui-même',
    });
    expect(p('loop', 'x.md')).toMatchObject({ message: 'boucle de liens symboliques (x.md) : non lue', fix: 'remplacez le lien par le fichier lui-même' });
    expect(p('dangling', 'y.md')).toMatchObject({
      message: 'lien symbolique vers y.md, qui n’existe pas : non lu',
      fix: 'remplacez le lien par le fichier lui-même, ou supprimez le lien',
    });
  });
});

describe('listFolder and refusedLinksUnder', () => {
  it('lists visible entries sorted, each inspected; undefined for a missing folder', () => {
    const { root, outside } = tree();
    writeFileSync(path.join(root, '.DS_Store'), '');
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'a-dehors.md'));
    expect(listFolder(root, root)?.map((e) => [e.name, e.entry.kind])).toEqual([
      ['a-dehors.md', 'refused'],
      ['sub', 'directory'],
    ]);
    expect(listFolder(path.join(root, 'absent'), root)).toBeUndefined();
  });

  it('finds every link of a tree that leaves it, loops or leads nowhere, without following any', () => {
    const { root, outside } = tree();
    symlinkSync(outside, path.join(root, 'sub', 'fuite'));
    symlinkSync('..', path.join(root, 'sub', 'parent'));
    symlinkSync('x', path.join(root, 'x'));
    symlinkSync('ok.md', path.join(root, 'sub', 'interne.md'));
    expect(refusedLinksUnder(root).map((e) => [path.relative(root, e.path), e.reason])).toEqual([
      ['sub/fuite', 'outside'],
      ['x', 'loop'],
    ]);
    expect(refusedLinksUnder(path.join(root, 'absent'))).toEqual([]);
  });
});

describe('writableInside', () => {
  it('gives the path of a file below the folder, existing parts or not', () => {
    const { root } = tree();
    expect(writableInside(root, 'sub/new/file.md')).toBe(path.join(root, 'sub/new/file.md'));
    expect(writableInside(path.join(root, 'not-yet'), 'posts/x.md')).toBe(path.join(root, 'not-yet/posts/x.md'));
  });

  it('refuses a path that climbs, or that a link on its way (or the file itself) leads outside', () => {
    const { root, outside } = tree();
    expect(writableInside(root, '../outside/x.md')).toBeUndefined();
    expect(writableInside(root, '/etc/x.md')).toBeUndefined();
    symlinkSync(outside, path.join(root, 'img'));
    expect(writableInside(root, 'img/new.jpg')).toBeUndefined();
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'sub', 'ecrase.md'));
    expect(writableInside(root, 'sub/ecrase.md')).toBeUndefined();
    symlinkSync('boucle', path.join(root, 'boucle'));
    expect(writableInside(root, 'boucle/x.md')).toBeUndefined();
  });
});
