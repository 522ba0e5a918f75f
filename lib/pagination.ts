export interface PageOf<T> {
  items: T[];
  page: number;
  totalPages: number;
}

/** How many pages `items` fill; an empty list has one empty page. */
export const pageCount = (items: readonly unknown[], perPage: number) => Math.max(1, Math.ceil(items.length / perPage));

/** Page `page` (from 1) of `items`; undefined past the last page. An empty list has one empty page. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): PageOf<T> | undefined {
  const totalPages = pageCount(items, perPage);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages };
}

/** Page numbers to show around the current one, with `null` for a gap: 1 … 4 5 6 … 12. */
export function pageWindow(page: number, totalPages: number, around = 1): (number | null)[] {
  const shown = new Set([1, totalPages]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= totalPages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push(null);
    out.push(p);
  });
  return out;
}
