import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { pageWindow } from '@/lib/pagination';
import { AppLink } from './AppLink';

/** Previous, page numbers, next. `hrefOf` gives each page's address. */
export function Pagination({ page, totalPages, hrefOf, lang = defaultLang }: { page: number; totalPages: number; hrefOf: (page: number) => string; lang?: string }) {
  if (totalPages <= 1) return null;
  const t = dictionary(lang).pagination;
  const link = 'inline-block min-w-10 rounded border border-line px-3 py-2 text-center';
  return (
    <nav aria-label={t.label} className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2 p-0">
        {page > 1 && (
          <li className="list-none">
            <AppLink href={hrefOf(page - 1)} rel="prev" className={link}>
              {t.previous}
            </AppLink>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className="list-none px-1" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p} className="list-none">
              {p === page ? (
                <span aria-current="page" className={`${link} border-action bg-action font-bold text-inverted`}>
                  <span className="sr-only">{t.page} </span>
                  {p}
                </span>
              ) : (
                <AppLink href={hrefOf(p)} className={link}>
                  <span className="sr-only">{t.page} </span>
                  {p}
                </AppLink>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li className="list-none">
            <AppLink href={hrefOf(page + 1)} rel="next" className={link}>
              {t.next}
            </AppLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
