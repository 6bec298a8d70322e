/**
 * Worker threads that draw share cards (one per core), fed from a queue.
 * Each worker has two cards in hand, so it never waits for the main thread
 * to send the next one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardReply } from './og-card-worker.ts';

export interface CardPoolOptions {
  fontDir: string;
  titleColour: string;
  width: number;
  height: number;
  threads?: number;
}

export class CardPool {
  private readonly workers: Worker[] = [];
  private readonly queue: CardJob[] = [];
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private readonly inHand = new Map<Worker, number>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  private readonly workerData: Omit<CardPoolOptions, 'threads'>;

  constructor(options: CardPoolOptions) {
    const { fontDir, titleColour, width, height } = options;
    this.workerData = { fontDir, titleColour, width, height };
    this.grow(options.threads ?? availableParallelism());
  }

  /** Adds workers until there are `threads`; the queue is shared, so they take cards already waiting. */
  grow(threads: number): void {
    while (this.workers.length < threads) {
      const worker = new Worker(new URL('./og-card-worker.ts', import.meta.url), { workerData: this.workerData });
      worker.on('message', (reply: CardReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`thẻ chia sẻ: luồng vẽ dừng với mã ${code}`));
      });
      this.workers.push(worker);
      this.inHand.set(worker, 0);
    }
    this.pump();
  }

  /** Draws one card (what it says); resolves when it is in the cache and the site. */
  draw(text: CardJob['text'], files: Pick<CardJob, 'cacheFile' | 'target'>): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const done = new Promise<void>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, text, ...files });
    this.pump();
    return done;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    for (const worker of this.workers) {
      while ((this.inHand.get(worker) ?? 0) < 2 && this.queue.length > 0) {
        worker.postMessage(this.queue.shift());
        this.inHand.set(worker, (this.inHand.get(worker) ?? 0) + 1);
      }
    }
  }

  private settle(worker: Worker, reply: CardReply): void {
    this.inHand.set(worker, (this.inHand.get(worker) ?? 1) - 1);
    const job = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.error) job?.reject(new Error(reply.error));
    else job?.resolve();
    this.pump();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
    this.queue.length = 0;
  }
}
