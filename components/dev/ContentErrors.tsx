import { messages } from '@/lib/messages';
import type { Problem } from '@/lib/problems';

/**
 * Dev server only: the content errors that would stop a build, shown on top of every page
 * with their file, line and fix, while the valid posts stay previewable.
 */
export function ContentErrors({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    // Long file names and fixes wrap anywhere: the banner fits a phone's width.
    <section
      role="alert"
      aria-labelledby="erreurs-contenu"
      className="border-b-4 border-red-700 bg-red-50 px-4 py-4 text-red-950 [overflow-wrap:anywhere]"
    >
      <div className="mx-auto max-w-5xl">
        <h2 id="erreurs-contenu" className="text-lg font-bold">
          {messages().banner.title(problems.length)}
        </h2>
        <p className="text-sm">{messages().banner.intro}</p>
        <ul className="mt-2 space-y-2">
          {problems.map((p, i) => (
            <li key={i} className="font-mono text-sm">
              <strong>
                {p.file}
                {p.line ? `:${p.line}` : ''}
              </strong>{' '}
              : {p.code && `[${p.code}] `}
              {p.message}
              {p.fix && <span className="block pl-4">→ {p.fix}</span>}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
