interface PendingCall<Input, Output> {
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: unknown) => void;
}

/** Statements of one batcher running at once; calls made meanwhile gather for the next. */
const DEFAULT_MAX_IN_FLIGHT = 2;

/**
 * Gathers calls into one statement. Under load the worker runs dozens of sends at once, and every
 * statement costs a round trip, a transaction and a commit whatever it carries. A call waits one
 * turn of the event loop, and longer only while `maxInFlight` statements are already running:
 * those calls go together as soon as one ends. Jobs reach the worker one by one, so batching by
 * turn alone made statements of about three calls; a call made alone still goes after one turn.
 *
 * When a batch fails, each of its calls is tried again on its own, so a row that breaks its
 * statement fails only its own send.
 */
export class StatementBatcher<Input, Output> {
  private pending: Array<PendingCall<Input, Output>> = [];
  private flushScheduled = false;
  private inFlight = 0;

  /** `run` answers for every input, in order. */
  constructor(
    private readonly run: (inputs: Input[]) => Promise<Output[]>,
    private readonly maxBatch: number,
    private readonly maxInFlight = DEFAULT_MAX_IN_FLIGHT,
  ) {}

  submit(input: Input): Promise<Output> {
    return new Promise<Output>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    while (this.pending.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.pending.splice(0, this.maxBatch);
      this.inFlight += 1;
      void this.execute(batch).finally(() => {
        this.inFlight -= 1;
        this.flush();
      });
    }
  }

  private async execute(batch: Array<PendingCall<Input, Output>>): Promise<void> {
    let outputs: Output[];
    try {
      outputs = await this.run(batch.map((call) => call.input));
    } catch (error) {
      if (batch.length === 1) batch[0].reject(error);
      else await Promise.all(batch.map((call) => this.execute([call])));
      return;
    }
    batch.forEach((call, index) => call.resolve(outputs[index]));
  }
}
