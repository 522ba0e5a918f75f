import type { Metadata } from 'next';
import { siteConfig } from '../site.config';

export interface PageMeta {
  title?: string;
  description?: string;
  /** Site path of the page, without the base path. */
  path: string;
}

/** The one helper that builds a page's metadata: `Title · Site` and the page's description. */
export function pageMetadata({ title, description, path }: PageMeta): Metadata {
  return {
    title: title ? `${title} · ${siteConfig.title}` : siteConfig.title,
    description: description ?? siteConfig.description,
    alternates: { canonical: path },
  };
}
