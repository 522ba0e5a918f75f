import type { AnchorHTMLAttributes } from 'react';
import { isExternalUrl, withBasePath } from '@/lib/urls';

/**
 * A plain link that knows the base path. Pages work without JavaScript, so a link
 * needs no client router; external links opened in a new tab get `noopener`.
 */
export function AppLink({ href, rel, target, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const safeRel = target === '_blank' ? [rel, 'noopener noreferrer'].filter(Boolean).join(' ') : rel;
  // A link whose address the sanitiser removed stays text, not a link to the page itself.
  const to = href === undefined ? undefined : isExternalUrl(href) ? href : withBasePath(href);
  return <a href={to} rel={safeRel} target={target} {...rest} />;
}
