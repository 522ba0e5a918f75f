import { defaultLang } from '@/lib/languages';
import { typeset } from '@/lib/typography';

/** Past this many characters a title takes the smaller sizes of the scale (app/globals.css, `.page-title`). */
const LONG_TITLE = 60;

/** A page's one h1, on the type scale that keeps a long title to four lines on a 360 px phone. */
export function PageTitle({ children, className = '', searchWeight, lang = defaultLang }: { children: string; className?: string; searchWeight?: number; lang?: string }) {
  return (
    <h1 className={`page-title ${className}`} data-long={children.length > LONG_TITLE ? '' : undefined} data-pagefind-weight={searchWeight}>
      {typeset(children, lang)}
    </h1>
  );
}
