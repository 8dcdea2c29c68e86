type LoadMany<T> = (keys: string[]) => Promise<Map<string, T>>;

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects the keys one GraphQL request asks for and loads them in one call. Resolvers of a list's
 * items start in the same turn of the event loop (guards make them async), so waiting for
 * `setImmediate` gathers the whole list before loading.
 */
export class RequestBatch<T> {
  private waiting = new Map<string, Array<Waiter<T>>>();

  constructor(
    private readonly load: LoadMany<T>,
    private readonly missing: T,
  ) {}

  get(key: string): Promise<T> {
    if (this.waiting.size === 0) setImmediate(() => void this.flush());
    return new Promise((resolve, reject) =>
      this.waiting.set(key, [...(this.waiting.get(key) ?? []), { resolve, reject }]),
    );
  }

  private async flush(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = new Map();
    try {
      const loaded = await this.load([...waiting.keys()]);
      for (const [key, waiters] of waiting) waiters.forEach(({ resolve }) => resolve(loaded.get(key) ?? this.missing));
    } catch (error) {
      for (const waiters of waiting.values()) waiters.forEach(({ reject }) => reject(error));
    }
  }
}

/** One batch per request object, dropped with the request. */
export class RequestBatches<T> {
  private readonly byRequest = new WeakMap<object, RequestBatch<T>>();

  forRequest(request: object, create: () => RequestBatch<T>): RequestBatch<T> {
    let batch = this.byRequest.get(request);
    if (!batch) {
      batch = create();
      this.byRequest.set(request, batch);
    }
    return batch;
  }
}
