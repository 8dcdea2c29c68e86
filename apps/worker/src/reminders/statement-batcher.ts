interface PendingCall<Input, Output> {
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the calls made in one turn of the event loop into one statement. Under load the worker
 * runs dozens of sends at once, and every statement costs a round trip, a transaction and a
 * commit whatever it carries; a call made alone waits one turn and goes alone.
 *
 * When a batch fails, each of its calls is tried again on its own, so a row that breaks its
 * statement fails only its own send.
 */
export class StatementBatcher<Input, Output> {
  private pending: Array<PendingCall<Input, Output>> = [];
  private flushScheduled = false;

  /** `run` answers for every input, in order. */
  constructor(
    private readonly run: (inputs: Input[]) => Promise<Output[]>,
    private readonly maxBatch: number,
  ) {}

  submit(input: Input): Promise<Output> {
    return new Promise<Output>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) void this.execute(batch);
  }

  private async execute(batch: Array<PendingCall<Input, Output>>): Promise<void> {
    let outputs: Output[];
    try {
      outputs = await this.run(batch.map((call) => call.input));
    } catch (error) {
      if (batch.length === 1) batch[0].reject(error);
      else for (const call of batch) void this.execute([call]);
      return;
    }
    batch.forEach((call, index) => call.resolve(outputs[index]));
  }
}
