import { withBasePath } from '@/lib/urls';

/**
 * The sizes an avatar comes in, as Tailwind classes: the pages' Content-Security-Policy
 * (`style-src 'self'`) refuses inline `style` attributes, so a size is a class, not a style.
 */
const SIZES = {
  56: { box: 'size-14', text: 'text-lg' },
  96: { box: 'size-24', text: 'text-[2rem]' },
  120: { box: 'size-30', text: 'text-[2.5rem]' },
} as const;

export type AvatarSize = keyof typeof SIZES;

/** An author's photo, or their initials where there is none. */
export function Avatar({ name, src, size = 96 }: { name: string; src?: string; size?: AvatarSize }) {
  const { box, text } = SIZES[size];
  if (src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- static export: images are served as files
      <img src={withBasePath(src)} alt={`Photo de ${name}`} width={size} height={size} className={`${box} shrink-0 rounded-full object-cover`} loading="lazy" />
    );
  }
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');
  return (
    <span aria-hidden="true" className={`${box} ${text} inline-flex shrink-0 items-center justify-center rounded-full bg-action-low font-bold text-action`}>
      {initials || '?'}
    </span>
  );
}
