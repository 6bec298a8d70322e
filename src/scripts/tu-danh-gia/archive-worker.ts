/**
 * The tool's module Web Worker: takes dossier files apart, puts them
 * together and hashes attached files (src/lib/dossier/archive.ts), so the
 * page keeps answering while 50 MB of evidence is read or written. Bundled
 * by Vite from the tool's script and precached with it for offline use.
 */
import { archiveOps, type ArchiveOps } from '../../lib/dossier/archive';

export type ArchiveRequest = { [K in keyof ArchiveOps]: { id: number; op: K; args: Parameters<ArchiveOps[K]> } }[keyof ArchiveOps];
export type ArchiveReply = { id: number; result: unknown } | { id: number; error: string };

addEventListener('message', async (e: MessageEvent<ArchiveRequest>) => {
  const { id, op, args } = e.data;
  try {
    const result = await (archiveOps[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    postMessage({ id, result } satisfies ArchiveReply);
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies ArchiveReply);
  }
});
