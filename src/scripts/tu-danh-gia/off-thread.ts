/**
 * Hands the byte work of dossier files to the tool's module Web Worker and
 * waits for the answer. Where a browser cannot start a module worker (an
 * old browser, or one that refuses it), the same functions run on the page,
 * slower but the same.
 */
import { archiveOps, type ArchiveOps } from '../../lib/dossier/archive';
import type { ArchiveReply, ArchiveRequest } from './archive-worker';

type Waiting = { resolve: (v: unknown) => void; reject: (e: Error) => void; inline: () => Promise<unknown> };

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, Waiting>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./archive-worker.ts', import.meta.url), { type: 'module', name: 'ho-so' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('message', (e: MessageEvent<ArchiveReply>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    if ('error' in e.data) w.reject(new Error(e.data.error));
    else w.resolve(e.data.result);
  });
  // The worker failed to load or crashed: what it had in hand is done here instead, and so is everything after.
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      w.inline().then(w.resolve, w.reject);
    }
  });
  return worker;
}

function call<K extends keyof ArchiveOps>(op: K, ...args: Parameters<ArchiveOps[K]>): ReturnType<ArchiveOps[K]> {
  const inline = () => (archiveOps[op] as (...a: unknown[]) => Promise<unknown>)(...args);
  const w = start();
  if (!w) return inline() as ReturnType<ArchiveOps[K]>;
  const id = ++next;
  return new Promise<unknown>((resolve, reject) => {
    waiting.set(id, { resolve, reject, inline });
    w.postMessage({ id, op, args } as ArchiveRequest);
  }) as ReturnType<ArchiveOps[K]>;
}

/** The archive work of archive.ts, done off the page's main thread. */
export const offThread: ArchiveOps = {
  unpack: (file, withFiles) => call('unpack', file, withFiles),
  zip: (manifest, files) => call('zip', manifest, files),
  hash: (file) => call('hash', file),
};
