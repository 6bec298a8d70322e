/**
 * How a card from the cache gets into the built site: as a hard link to the
 * cached file, which costs no copy; as a copy where the cache is on another
 * file system. Cached cards are only ever replaced by renaming, never
 * written into, so the site's file and the cache's can share their bytes.
 */
import { copyFile, link, rm } from 'node:fs/promises';

/** Puts the cached card `cached` at `target`; fails with ENOENT when there is no such card in the cache. */
export async function placeCard(cached: string, target: string): Promise<void> {
  // A file already there may itself be a link to another cached card: it is replaced, never written into.
  await rm(target, { force: true });
  try {
    await link(cached, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    await copyFile(cached, target);
  }
}
