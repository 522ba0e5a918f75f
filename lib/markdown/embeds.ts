import { siteConfig } from '../../site.config';

/** Whether an iframe may embed this address: https, from a video host of the allow-list. */
export function isAllowedEmbed(src: string | undefined): boolean {
  if (!src) return false;
  try {
    const url = new URL(src.startsWith('//') ? `https:${src}` : src);
    return url.protocol === 'https:' && siteConfig.embedHosts.includes(url.hostname);
  } catch {
    return false;
  }
}
