// The queued-webhook-without-signature defect's job queue: a webhook is acknowledged at once and its
// body applied later by a worker, one job every 300 ms.

export class WebhookJobQueue {
  readonly #jobs: string[] = [];
  #worker: NodeJS.Timeout | null = null;

  /** `apply` is the worker's, fixed by the first job. */
  push(rawBody: string, apply: (rawBody: string) => Promise<unknown>): void {
    this.#jobs.push(rawBody);
    this.#worker ??= setInterval(() => {
      const job = this.#jobs.shift();
      if (job !== undefined) void apply(job);
    }, 300).unref();
  }

  stop(): void {
    if (this.#worker) clearInterval(this.#worker);
  }
}
