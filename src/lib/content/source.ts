/** A cited source as every collection's schema parses it; only what the source states is set. */
import type { PartialDate } from '../site/format';

export interface SourceLike {
  name: string;
  publisher?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  date?: PartialDate | undefined;
  updated?: PartialDate | undefined;
  document?: string | undefined;
  note?: string | undefined;
}
