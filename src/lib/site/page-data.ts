/**
 * What kind of page this is and what it is about, in one shape that every
 * item page hands to the layout. Search filters, share cards and structured
 * data all read from it, so no page describes itself twice.
 */
import type { Section } from './ui';

export interface PageFacets {
  /** The section the item belongs to; its label is the result type in search. */
  type: Section;
  /** When the item was published on the portal. */
  date?: Date | undefined;
  /** When it last changed in substance. */
  updated?: Date | undefined;
  /** The year the item is about (a dataset's year, a plan's first year, an event's year). */
  year?: number | undefined;
  /** Names of the localities the item names. */
  localities: string[];
  /** Names of the learning titles the item concerns. */
  learningTitles: string[];
}

/** Names for a list of references, in order, skipping ids that have no name. */
export function namesFor(refs: readonly { id: string }[], names: Record<string, string>): string[] {
  return [...new Set(refs.map((r) => names[r.id]).filter((n): n is string => Boolean(n)))];
}
