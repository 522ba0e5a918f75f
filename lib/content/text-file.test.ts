import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeContentText, firstInvalidByte, readContentText } from './text-file';

const FILE = 'content/posts/2024-02-01-x.md';
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeContentText: invisible characters', () => {
  const cases: [string, string, number, number][] = [
    ['---\ntitle: x\n---\n\nUn \u0001 ici', 'U+0001', 5, 4],
    ['---\ntitle: x\n---\n\nÉchappement \u001b[31m', 'U+001B', 5, 13],
    ['---\ntitle: x\u007f\n---\n', 'U+007F', 2, 9],
    ['---\n---\nC1 \u0085', 'U+0085', 3, 4],
    ['---\n---\n\u009f', 'U+009F', 3, 1],
    ['a\nb\nc\uFFFE', 'U+FFFE', 3, 2],
    ['a\uFFFF', 'U+FFFF', 1, 2],
    ['\u0000', 'U+0000', 1, 1],
    ['ligne\r\nsaut de page \f', 'U+000C', 2, 14],
  ];
  it.each(cases)('%j: an error at its line and column, with the fix', (text, code, line, column) => {
    const result = decodeContentText(utf8(text), FILE);
    expect(result).toEqual({
      problem: {
        file: FILE,
        code: 'E042',
        severity: 'error',
        message: `caractère de contrôle invisible ${code}`,
        line,
        column,
        fix: `supprimez le caractère invisible ligne ${line}, colonne ${column}`,
      },
    });
  });

  it('counts columns in characters, as editors do, not in UTF-16 units', () => {
    const result = decodeContentText(utf8('😀é\u0001'), FILE);
    expect(result).toMatchObject({ problem: { line: 1, column: 3 } });
  });

  it('names the first one and counts the others', () => {
    const result = decodeContentText(utf8('a\n\u0001b\u0002\n\u001b'), FILE);
    expect(result).toEqual({
      problem: expect.objectContaining({
        message: 'caractère de contrôle invisible U+0001 (et 2 autres dans le fichier)',
        line: 2,
        column: 1,
        fix: 'supprimez le caractère invisible ligne 2, colonne 1, puis relancez la vérification',
      }),
    });
  });

  it('accepts tab, LF, CR and a byte-order mark, which it removes', () => {
    expect(decodeContentText(bytes([0xef, 0xbb, 0xbf], '---\r\ntitle:\tx\n---\n'), FILE)).toEqual({ text: '---\r\ntitle:\tx\n---\n' });
    expect(decodeContentText(utf8('Été « x » — ok\u2028'), FILE)).toEqual({ text: 'Été « x » — ok\u2028' });
  });
});

describe('decodeContentText: bytes that are not UTF-8', () => {
  const cases: [string, Uint8Array, number, number, string][] = [
    ['Latin-1 é', bytes('---\ntitle: x\n---\n\nIl ', [0xe9], 'tait'), 5, 4, 'E9'],
    ['a sequence cut by the end of the file', bytes('é', [0xc3]), 1, 2, 'C3'],
    ['a lead byte followed by ASCII', bytes('a\nb', [0xe2, 0x28, 0xa1]), 2, 2, 'E2'],
    ['an overlong /', bytes([0xc0, 0xaf]), 1, 1, 'C0'],
    ['a UTF-16 surrogate', bytes('x', [0xed, 0xa0, 0x80]), 1, 2, 'ED'],
    ['a code point above U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 1, 1, 'F4'],
    ['a lone continuation byte after a BOM', bytes([0xef, 0xbb, 0xbf], 'ab', [0x80]), 1, 3, '80'],
  ];
  it.each(cases)('%s: an error at the bad byte, with the fix', (_, input, line, column, hex) => {
    expect(decodeContentText(input, FILE)).toEqual({
      problem: {
        file: FILE,
        code: 'E041',
        severity: 'error',
        message: `pas en UTF-8 valide (octet 0x${hex})`,
        line,
        column,
        fix: `enregistrez le fichier en UTF-8 dans votre éditeur (il l’a sans doute été en Latin-1 ou Windows-1252), puis vérifiez le texte ligne ${line}, colonne ${column}`,
      },
    });
  });

  it('finds no bad byte in valid UTF-8, four-byte characters included', () => {
    const valid = utf8('a é € 😀 \u{10FFFF}');
    expect(firstInvalidByte(valid)).toBe(valid.length);
  });
});

describe('readContentText', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'text-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file as bytes and names it as shown', () => {
    const file = path.join(dir, 'bad.md');
    writeFileSync(file, Buffer.from([0x61, 0x0a, 0xff]));
    expect(readContentText(file, 'content/posts/bad.md')).toEqual({
      problem: expect.objectContaining({ file: 'content/posts/bad.md', message: 'pas en UTF-8 valide (octet 0xFF)', line: 2, column: 1 }),
    });
    writeFileSync(file, 'ok\n');
    expect(readContentText(file, 'content/posts/bad.md')).toEqual({ text: 'ok\n' });
  });

  it('reports a file it cannot read instead of throwing', () => {
    expect(readContentText(dir, 'content/posts')).toEqual({
      problem: { file: 'content/posts', code: 'E040', severity: 'error', message: 'illisible (EISDIR)', fix: 'vérifiez que c’est un fichier lisible' },
    });
  });
});
