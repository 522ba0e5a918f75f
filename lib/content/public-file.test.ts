import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localImageSize, publicFile, publicFileLookup, resolvePublicPath, siteSegments } from './images';

// A 1×1 PNG: enough for image-size to read a size, so that a refusal cannot be a failed read.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * <dir>/public/img/ok.png, a link inside (img/alias.png), links out (img/fuite.png, dossier/),
 * a loop and a dangling link; and <dir>/outside/secret.png, a real image the climbing paths reach.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'public-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const publicDir = path.join(dir, 'public');
const outside = path.join(dir, 'outside');
mkdirSync(path.join(publicDir, 'img'), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(publicDir, 'img', 'ok.png'), PNG);
writeFileSync(path.join(publicDir, 'img', 'été.png'), PNG);
writeFileSync(path.join(outside, 'secret.png'), PNG);
symlinkSync('ok.png', path.join(publicDir, 'img', 'alias.png'));
symlinkSync(path.join(outside, 'secret.png'), path.join(publicDir, 'img', 'fuite.png'));
symlinkSync('../outside', path.join(publicDir, 'dossier'));
symlinkSync('boucle.png', path.join(publicDir, 'img', 'boucle.png'));
symlinkSync('nulle-part.png', path.join(publicDir, 'img', 'pendant.png'));

const CLIMBS = ['/../outside/secret.png', '/img/../../outside/secret.png', '/img/%2e%2e/%2e%2e/outside/secret.png', '/img/..%2F..%2Foutside/secret.png', '/img\\..\\..\\outside\\secret.png', '/..'];

describe('siteSegments', () => {
  it('resolves `.`, `..` and percent-encoding as a browser does', () => {
    expect(siteSegments('/img/./blog/../%C3%A9t%C3%A9.png?v=1#x')).toEqual(['img', 'été.png']);
    expect(siteSegments('/')).toEqual([]);
  });
  it.each(CLIMBS)('%s climbs out of the root', (src) => expect(siteSegments(src)).toBeUndefined());
});

describe('publicFile', () => {
  it('gives the real file of public/ a site path names, links inside public/ followed', () => {
    expect(publicFile(publicDir, '/img/ok.png')).toBe(path.join(publicDir, 'img', 'ok.png'));
    expect(publicFile(publicDir, '/img/%C3%A9t%C3%A9.png?v=2')).toBe(path.join(publicDir, 'img', 'été.png'));
    expect(publicFile(publicDir, '/img/alias.png')).toBe(path.join(publicDir, 'img', 'ok.png'));
    expect(publicFile(publicDir, '/img/x/../ok.png')).toBe(path.join(publicDir, 'img', 'ok.png'));
  });

  it.each([...CLIMBS, '/img/fuite.png', '/dossier/secret.png', '/img/boucle.png', '/img/pendant.png', '/img/absent.png', '/img', '/img/ok.png%00'])(
    '%s: no file',
    (src) => expect(publicFile(publicDir, src)).toBeUndefined(),
  );
});

describe('resolvePublicPath and the lookup', () => {
  const lookup = publicFileLookup(publicDir);
  // The message is the dictionary's (fileRefused): the lookup says why.
  const climbs = { reason: 'climbs' };
  const leaves = { reason: 'outside' };

  it.each(CLIMBS)('%s: refused as leaving public/, not missing', (src) => {
    expect(resolvePublicPath(publicDir, src)).toEqual({ kind: 'refused', refusal: climbs });
    expect(lookup.exists(src)).toBe(false);
    expect(lookup.refused(src)).toEqual(climbs);
  });

  it('refuses a file reached through a link that leaves public/, a loop and a dangling link', () => {
    for (const src of ['/img/fuite.png', '/dossier/secret.png']) {
      expect(lookup.exists(src)).toBe(false);
      expect(lookup.refused(src)).toEqual(leaves);
    }
    expect(lookup.refused('/img/boucle.png')).toEqual({ reason: 'loop' });
    expect(lookup.exists('/img/boucle.png')).toBe(false);
    expect(lookup.refused('/img/pendant.png')).toEqual({ reason: 'dangling' });
    expect(lookup.exists('/img/pendant.png')).toBe(false);
  });

  it('finds files, through links inside public/ too, and refuses nothing else', () => {
    for (const src of ['/img/ok.png', '/img/alias.png', '/img/%C3%A9t%C3%A9.png', '/img/./ok.png']) {
      expect(lookup.exists(src)).toBe(true);
      expect(lookup.refused(src)).toBeUndefined();
    }
    expect(lookup.exists('/img/absent.png')).toBe(false);
    expect(lookup.refused('/img/absent.png')).toBeUndefined();
    expect(lookup.caseMatch('/img/OK.png')).toBe('/img/ok.png');
    expect(lookup.caseMatch('/../img/ok.png')).toBeUndefined();
  });
});

describe('localImageSize', () => {
  it('reads the size of a file of public/, never of one outside it', () => {
    expect(localImageSize(publicDir, '/img/ok.png')).toEqual({ width: 1, height: 1 });
    expect(localImageSize(publicDir, '/img/alias.png')).toEqual({ width: 1, height: 1 });
    for (const src of [...CLIMBS, '/img/fuite.png', '/dossier/secret.png']) expect(localImageSize(publicDir, src)).toBeUndefined();
  });
});
