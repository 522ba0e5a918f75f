import { readFileSync } from 'node:fs';
import { problem } from '../messages';
import type { Problem } from '../problems';

/**
 * Content files are read as bytes and decoded here, once: text that is not UTF-8, or that
 * carries invisible control characters, is an error with its place in the file, never text
 * misread with replacement characters or passed on to break the XML feeds later.
 */

// C0 controls but tab, LF and CR; DEL; the C1 controls; and the two non-characters XML refuses.
const BAD_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

export type ContentText = { text: string } | { problem: Problem };

/** Reads a content file as UTF-8 text; `shown` is the path the problem names (relative to the project). */
export function readContentText(file: string, shown: string = file): ContentText {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { problem: problem('fileUnreadable', shown, { code }) };
  }
  return decodeContentText(bytes, shown);
}

/** UTF-8 bytes to text, a leading byte-order mark removed, or the problem with its line and column. */
export function decodeContentText(bytes: Uint8Array, shown: string): ContentText {
  let text: string;
  try {
    // fatal: a bad byte throws instead of turning into U+FFFD; the BOM, if any, is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: invalidUtf8Problem(bytes, shown) };
  }
  BAD_CHARACTER.lastIndex = 0;
  const first = BAD_CHARACTER.exec(text);
  if (!first) return { text };
  const more = (text.match(BAD_CHARACTER)?.length ?? 1) - 1;
  const { line, column } = positionIn(text, first.index);
  const code = first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return { problem: problem('controlCharacter', shown, { code, more, line, column }, { line, column }) };
}

/** 1-based line and column (in characters, as editors count them) of a UTF-16 offset. */
function positionIn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

function invalidUtf8Problem(bytes: Uint8Array, shown: string): Problem {
  const offset = firstInvalidByte(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const hasBom = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // The bytes before the bad one on its line are valid: their characters give the column.
  const column = [...new TextDecoder('utf-8').decode(bytes.subarray(hasBom ? 3 : lineStart, offset))].length + 1;
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return problem('invalidUtf8', shown, { hex, line, column }, { line, column });
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0; // overlong
      if (b === 0xed) max = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90; // overlong
      if (b === 0xf4) max = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      // A truncated or broken sequence: its lead byte is the one to show.
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return bytes.length;
}
