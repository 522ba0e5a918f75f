import type { ProblemSpec } from '../messages';
import { fenceAfter, fenceMarker } from './fences';

/**
 * Limits on the shape of a body, checked on the text before it is parsed. The Markdown parser
 * takes cubic time on some nestings (a list nested 500 deep: 4.5 s; 2,000 deep: over four
 * minutes) and every later step walks the tree recursively (2,000 nested quotes overflow the
 * stack): a hostile or broken post must get an error, not hang or crash the build. The limits
 * are far above anything written by hand.
 */
export const MAX_NESTING = 32;
const MAX_INDENT = 256;
const MAX_PUNCTUATION_RUN = 1000;

export interface ShapeProblem {
  /** 1-based line in the text. */
  line: number;
  /** What is wrong, for lib/messages. */
  spec: ProblemSpec;
}

/** Blocks and list items opened at the start of a line: `> > - 1. x` opens four. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const OPENER = />|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** The first limit a body exceeds, or undefined. Code fences are left alone: their text is not parsed. */
export function shapeProblem(text: string): ShapeProblem | undefined {
  let fence: string | undefined;
  let brackets = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = fenceMarker(line);
    if (marker) {
      fence = fenceAfter(fence, marker);
      continue;
    }
    if (fence) continue;
    if (line.trim() === '') brackets = 0;
    const at = i + 1;
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const opened = prefix.match(OPENER)?.length ?? 0;
    if (opened > MAX_NESTING) {
      return { line: at, spec: { key: 'bodyTooNested', params: { opened, max: MAX_NESTING } } };
    }
    if (indentWidth(line) > MAX_INDENT) {
      return { line: at, spec: { key: 'bodyTooIndented', params: { width: indentWidth(line), max: MAX_INDENT } } };
    }
    for (const run of line.matchAll(/[!-/:-@[-`{-~]{2,}/g)) {
      if (run[0].length > MAX_PUNCTUATION_RUN) {
        return { line: at, spec: { key: 'bodyPunctuationRun', params: { length: run[0].length, max: MAX_PUNCTUATION_RUN } } };
      }
    }
    for (const ch of line) {
      if (ch === '[') brackets++;
      else if (ch === ']') brackets = Math.max(0, brackets - 1);
      if (brackets > MAX_NESTING) {
        return { line: at, spec: { key: 'bodyOpenBrackets', params: { max: MAX_NESTING } } };
      }
    }
  }
  return undefined;
}

/** How deep a tree goes, walked without recursion (the tree may be the deep one). */
export function treeDepth(root: { children?: unknown[] }): { depth: number; deepest?: { position?: { start: { line: number } } } } {
  let depth = 0;
  let deepest: { position?: { start: { line: number } } } | undefined;
  const stack: { node: { children?: unknown[]; position?: { start: { line: number } } }; level: number }[] = [{ node: root, level: 0 }];
  while (stack.length) {
    const { node, level } = stack.pop()!;
    if (level > depth) {
      depth = level;
      deepest = node;
    }
    for (const child of node.children ?? []) stack.push({ node: child as typeof node, level: level + 1 });
  }
  return { depth, deepest };
}

/** Elements nested deeper than this are refused: the renderer's steps and React recurse. */
export const MAX_TREE_DEPTH = 100;

export const tooDeep = (depth: number, line: number | undefined): Omit<ShapeProblem, 'line'> & { line?: number } => ({
  line,
  spec: { key: 'bodyTooDeep', params: { depth, max: MAX_TREE_DEPTH } },
});
