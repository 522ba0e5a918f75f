import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responsiveImage } from '../../lib/responsive-images';
import { makeVariants } from './images';

describe('image variants', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'variants-'));
  const publicDir = path.join(root, 'public');
  const cacheDir = path.join(root, '.cache', 'images');
  const outDir = path.join(root, 'out');
  const options = { publicDir, cacheDir, outDir, sources: ['/img/blog/photo.jpg', '/img/blog/photo.jpg', 'https://example.org/x.jpg'] };

  beforeAll(async () => {
    mkdirSync(path.join(publicDir, 'img', 'blog'), { recursive: true });
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
      .jpeg()
      .toFile(path.join(publicDir, 'img', 'blog', 'photo.jpg'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names a WebP variant per width, from the content hash', () => {
    const image = responsiveImage(publicDir, '/img/blog/photo.jpg');
    expect(image?.width).toBe(1600);
    expect(image?.height).toBe(900);
    expect(image?.variants.map((v) => v.width)).toEqual([480, 768, 1200]);
    expect(image?.variants[0]?.url).toMatch(/^\/img\/variants\/photo-[0-9a-f]{16}-480\.webp$/);
  });

  it('resizes each image once, then reuses the cache', async () => {
    expect(await makeVariants(options)).toEqual({ made: 3, reused: 0 });
    const cached = readdirSync(cacheDir).sort();
    expect(cached).toHaveLength(3);
    const meta = await sharp(path.join(cacheDir, cached.find((f) => f.endsWith('-768.webp'))!)).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 768, height: 432 });
    const mtimes = cached.map((f) => statSync(path.join(cacheDir, f)).mtimeMs);

    rmSync(outDir, { recursive: true });
    expect(await makeVariants(options)).toEqual({ made: 0, reused: 3 });
    expect(cached.map((f) => statSync(path.join(cacheDir, f)).mtimeMs)).toEqual(mtimes);
    for (const file of cached) expect(existsSync(path.join(outDir, 'img', 'variants', file))).toBe(true);
  });

  it('reads no image outside public/: not through a climbing path, nor through a link that leaves it', async () => {
    const outside = path.join(root, 'outside');
    mkdirSync(outside, { recursive: true });
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#000000' } })
      .jpeg()
      .toFile(path.join(outside, 'secret.jpg'));
    symlinkSync(path.join(outside, 'secret.jpg'), path.join(publicDir, 'img', 'fuite.jpg'));
    const sources = ['/../outside/secret.jpg', '/img/%2e%2e/%2e%2e/outside/secret.jpg', '/img/fuite.jpg'];
    for (const src of sources) expect(responsiveImage(publicDir, src)).toBeUndefined();
    const before = readdirSync(cacheDir).length;
    expect(await makeVariants({ ...options, sources })).toEqual({ made: 0, reused: 0 });
    expect(readdirSync(cacheDir)).toHaveLength(before);
  });

  it('makes the variants of a file once when posts spell its name two ways', async () => {
    await sharp({ create: { width: 900, height: 600, channels: 3, background: '#993366' } })
      .jpeg()
      .toFile(path.join(publicDir, 'img', 'blog', 'été.jpg'));
    const result = await makeVariants({ ...options, sources: ['/img/blog/été.jpg', '/img/blog/%C3%A9t%C3%A9.jpg'] });
    expect(result).toEqual({ made: 3, reused: 0 });
    expect(readdirSync(path.join(outDir, 'img', 'variants')).filter((f) => !f.startsWith('photo-'))).toHaveLength(3);
  });

  it('names a damaged image, whose header reads but whose data does not, instead of failing with a stack', async () => {
    const whole = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } }).png().toBuffer();
    writeFileSync(path.join(publicDir, 'img', 'blog', 'coupee.png'), whole.subarray(0, 60));
    await expect(makeVariants({ ...options, sources: ['/img/blog/coupee.png', '/img/blog/photo.jpg'] })).rejects.toThrow(
      'public/img/blog/coupee.png : pas une image lisible (le fichier est abîmé, ou n’est pas ce que dit son nom) ; à faire : exportez-la de nouveau en JPEG, PNG ou WebP',
    );
  });
});


describe('variant names of accented files', () => {
  it('are the same whichever Unicode form the name is written in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'variants-nfd-'));
    mkdirSync(path.join(dir, 'img'));
    const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#123456' } }).png().toBuffer();
    const nfc = 'Pr\u00e9disauvetage.png';
    const nfd = 'Pre\u0301disauvetage.png';
    writeFileSync(path.join(dir, 'img', nfc), png);
    writeFileSync(path.join(dir, 'img', nfd), png);
    const names = [nfc, nfd].map((name) => responsiveImage(dir, `/img/${name}`)?.variants.map((v) => v.file));
    expect(names[0]).toEqual(names[1]);
    expect(names[0]?.[0]).toMatch(/^Pr-disauvetage-[0-9a-f]{16}-480\.webp$/);
    rmSync(dir, { recursive: true, force: true });
  });
});
