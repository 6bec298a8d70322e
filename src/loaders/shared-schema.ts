/**
 * One schema per collection instead of one per entry.
 *
 * Astro calls a collection's schema function for every entry, so that
 * `image()` resolves paths from that entry's file. Building one of ours costs
 * about 1 ms (zod objects of some forty fields), which was half of content
 * sync on a 20,000-item site (issue 18). Only an entry that has an image field
 * needs a schema of its own; every other entry of the collection shares one.
 *
 * The loader says what the entry holds (`parsing`) just before it hands the
 * entry to Astro's `parseData`, which calls the schema function before its
 * first await: no other entry can run in between, so the flag is the entry's
 * own. Outside that call the flag says "has images", the safe answer.
 */
import { imageFields } from '../schemas/fields.ts';

let entryHasImage = true;

/** Runs `parse` (Astro's `parseData` for `data`) with the schema function told whether `data` has an image field. */
export function parsing<T>(data: Record<string, unknown>, parse: () => T): T {
  entryHasImage = imageFields.some((field) => field in data);
  try {
    return parse();
  } finally {
    entryHasImage = true;
  }
}

/** Wraps a schema function: built afresh for an entry with an image field, otherwise built once and shared. */
export function sharedSchema<C, S>(build: (context: C) => S): (context: C) => S {
  let shared: S | undefined;
  return (context) => (entryHasImage ? build(context) : (shared ??= build(context)));
}
