/** Small wording helpers the tool's messages share. */
import { formatNumber } from '../site/format';

/** "1,5 MB", "820 KB": sizes as a person reads them, vi-VN decimals. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${formatNumber(Math.round((n / 1024 / 1024) * 10) / 10)} MB`;
  if (n >= 1024) return `${formatNumber(Math.round(n / 1024))} KB`;
  return `${formatNumber(n)} byte`;
}

/** A zod issue's message, with the schema's own Vietnamese wording where it has one. */
export function issueMessage(issue: { code: string; message: string }): string {
  return /[àáảãạăâđèéêìíòóôơùúưỳý]/i.test(issue.message) ? issue.message : `giá trị không hợp lệ (${issue.message})`;
}
