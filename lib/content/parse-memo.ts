import { statSync } from 'node:fs';
import type { FileLookup } from './images';
import type { PostContext } from './post';

/** One question a parse asked of public/ (does this image exist, how big is it), with its answer. */
interface Asked {
  question: 'exists' | 'caseMatch' | 'refused' | 'imageSize';
  path: string;
  answer: string;
}

interface Entry<T> {
  stamp: string;
  value: T;
  asked: Asked[];
}

const answer = (value: unknown) => JSON.stringify(value) ?? 'undefined';

function ask(ctx: PostContext, question: Asked['question'], path: string): unknown {
  if (question === 'imageSize') return ctx.imageSize?.(path);
  return ctx.files[question](path);
}

/** `ctx`, writing down every question its parse asks of public/ and the answer it got. */
function recording(ctx: PostContext, asked: Asked[]): PostContext {
  const recorded =
    (question: Asked['question']) =>
    <A>(path: string): A => {
      const value = ask(ctx, question, path) as A;
      asked.push({ question, path, answer: answer(value) });
      return value;
    };
  const files: FileLookup = { exists: recorded('exists'), caseMatch: recorded('caseMatch'), refused: recorded('refused') };
  return { ...ctx, files, imageSize: ctx.imageSize && recorded('imageSize') };
}

/**
 * What the parse of each post file gave, kept by the dev server between the loads of content/
 * it makes at every save: a file with the same size, modification time and parse settings, for
 * which public/ still answers the same (the images it names exist, and have the same size), is
 * neither read nor parsed again. At 1,000 posts that is most of a reload.
 */
export class ParseMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** `copy` gives a kept value out as the loader may change it (the index sets fields of each post), so that the kept one stays as made. */
  constructor(private readonly copy: (value: T) => T) {}

  /** The value `make` gives for `file` with `ctx`, or the one it gave before when nothing it depends on changed. */
  get(file: string, settings: string, ctx: PostContext, make: (ctx: PostContext) => T): T {
    let stamp: string;
    try {
      const stat = statSync(file);
      stamp = `${stat.size}:${stat.mtimeMs}:${settings}`;
    } catch {
      return make(ctx);
    }
    const kept = this.entries.get(file);
    if (kept?.stamp === stamp && kept.asked.every((a) => answer(ask(ctx, a.question, a.path)) === a.answer)) return this.copy(kept.value);
    const asked: Asked[] = [];
    const value = make(recording(ctx, asked));
    this.entries.set(file, { stamp, value, asked });
    return this.copy(value);
  }

  /** Forgets the files not in `files`: those deleted or renamed since. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) if (!files.has(file)) this.entries.delete(file);
  }
}
