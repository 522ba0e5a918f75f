import type { AnchorHTMLAttributes } from 'react';
import { isExternalUrl, withBasePath } from '@/lib/urls';

/**
 * A plain link that knows the base path. Pages work without JavaScript, so a link
 * needs no client router; external links opened in a new tab get `noopener`.
 */
export function AppLink({ href = '', rel, target, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const safeRel = target === '_blank' ? [rel, 'noopener noreferrer'].filter(Boolean).join(' ') : rel;
  return <a href={isExternalUrl(href) ? href : withBasePath(href)} rel={safeRel} target={target} {...rest} />;
}
