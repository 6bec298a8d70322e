/**
 * A build step that waits on another process (the Pagefind service, say)
 * never settles if that process dies, for example when the kernel kills it
 * for memory. Nothing else then keeps Node's event loop alive, so Node exits
 * with code 0 and the build looks successful without the step's output: a
 * 20,000-of-each benchmark build lost its search index that way.
 *
 * `failIfAbandoned` turns that silent exit into a failed build: if the loop
 * empties while `step` is still pending, it says so and sets exit code 1.
 */
export async function failIfAbandoned<T>(what: string, step: Promise<T>, report: (message: string) => void = console.error): Promise<T> {
  const onBeforeExit = () => {
    report(`${what} dừng giữa chừng: tiến trình nó chờ đã thoát (có thể do hết bộ nhớ). Bản dựng này không hợp lệ.`);
    process.exitCode = 1;
  };
  process.once('beforeExit', onBeforeExit);
  try {
    return await step;
  } finally {
    process.off('beforeExit', onBeforeExit);
  }
}
