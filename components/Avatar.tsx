import { withBasePath } from '@/lib/urls';

/** An author's photo, or their initials where there is none. */
export function Avatar({ name, src, size = 96 }: { name: string; src?: string; size?: number }) {
  if (src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- static export: images are served as files
      <img src={withBasePath(src)} alt={`Photo de ${name}`} width={size} height={size} className="rounded-full object-cover" style={{ width: size, height: size }} loading="lazy" />
    );
  }
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');
  return (
    <span aria-hidden="true" className="inline-flex items-center justify-center rounded-full bg-blue-100 font-bold text-blue-900" style={{ width: size, height: size, fontSize: size / 3 }}>
      {initials || '?'}
    </span>
  );
}
