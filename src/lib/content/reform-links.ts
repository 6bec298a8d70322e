/**
 * The district level ended on 01/7/2025, but the circulars the guides quote
 * still name district bodies. Wherever a guide names one, the reader must be
 * one click from the page that says what is and is not known since.
 */

import { afterReformPath } from '../site/routes';

export { afterReformPath };

/**
 * A district body: the Phòng Giáo dục và Đào tạo (always a district office;
 * the province's is the Sở), or a People's Committee or its chairman "cấp huyện".
 */
const districtBody = /Phòng Giáo dục và Đào tạo|Ủy ban nhân dân(?: \([^)]*\))? cấp huyện/i;

export function namesDistrictBody(line: string): boolean {
  return districtBody.test(line);
}

/** A title's "who recognises" fact that still names the district level, and so needs the reform link beside it. */
export function namesDistrictLevel(text: string | undefined): boolean {
  return text !== undefined && (/cấp huyện/i.test(text) || namesDistrictBody(text));
}

/**
 * Lines of a Markdown body (front matter excluded) that name a district body
 * without linking to the reform page on the same line.
 */
export function linesMissingReformLink(body: string, firstLine = 1): { line: number; text: string }[] {
  return body.split(/\r?\n/).flatMap((text, i) =>
    namesDistrictBody(text) && !text.includes(`](${afterReformPath}`) ? [{ line: firstLine + i, text: text.trim().slice(0, 100) }] : [],
  );
}
