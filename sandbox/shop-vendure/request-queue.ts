import type { IncomingMessage, ServerResponse } from 'node:http';

// sql.js is one in-memory database behind one connection: two requests in transactions at once share
// it, and their savepoints collide ("no such savepoint"). So the requests that touch the database (the
// Shop and Admin APIs, the confirmation route, the webhook) take turns, as SQLite's single writer
// would make them. None of them waits on another request to this shop, so the queue cannot deadlock:
// OwnGateway answers a capture before it delivers the webhook about it.

export class RequestQueue {
  #tail: Promise<void> = Promise.resolve();

  readonly middleware = (_req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    const before = this.#tail;
    let release: () => void = () => undefined;
    this.#tail = new Promise((resolve) => {
      release = resolve;
    });
    let released = false;
    const done = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    res.once('finish', done);
    res.once('close', done);
    void before.then(() => next());
  };
}
