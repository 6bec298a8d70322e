/**
 * Vietnamese text without tone marks, other diacritics or the stroke of `đ`,
 * for slugs and for search. `đ` is a letter of its own in Unicode, not `d`
 * plus a combining mark, so NFD decomposition alone leaves it in place.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
