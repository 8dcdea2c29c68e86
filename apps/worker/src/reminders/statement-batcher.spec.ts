import { StatementBatcher } from './statement-batcher';

/** Runs each batch through `answer`, remembering what each statement carried. */
function recordingBatcher(
  maxBatch: number,
  answer: (inputs: number[]) => number[] = (inputs) => inputs.map((input) => input * 10),
) {
  const statements: number[][] = [];
  const batcher = new StatementBatcher<number, number>(async (inputs) => {
    statements.push(inputs);
    return answer(inputs);
  }, maxBatch);
  return { batcher, statements };
}

describe('StatementBatcher', () => {
  it('sends the calls of one event-loop turn as one statement and answers each its own', async () => {
    const { batcher, statements } = recordingBatcher(32);
    await expect(Promise.all([1, 2, 3].map((input) => batcher.submit(input)))).resolves.toEqual([10, 20, 30]);
    expect(statements).toEqual([[1, 2, 3]]);
  });

  it('sends a call made alone by itself, one turn later', async () => {
    const { batcher, statements } = recordingBatcher(32);
    await expect(batcher.submit(1)).resolves.toBe(10);
    await expect(batcher.submit(2)).resolves.toBe(20);
    expect(statements).toEqual([[1], [2]]);
  });

  it('never puts more than the maximum in one statement', async () => {
    const { batcher, statements } = recordingBatcher(2);
    await Promise.all([1, 2, 3, 4, 5].map((input) => batcher.submit(input)));
    expect(statements).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gathers the calls made while the statements in flight run into one, sent when one of them ends', async () => {
    const statements: number[][] = [];
    const running: Array<() => void> = [];
    const batcher = new StatementBatcher<number, number>(
      (inputs) => {
        statements.push(inputs);
        return new Promise((resolve) => running.push(() => resolve(inputs)));
      },
      32,
      2,
    );
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const answers = [batcher.submit(1)];
    await turn();
    answers.push(batcher.submit(2));
    await turn();
    // Two statements run; what comes now waits for one of them, however many turns pass.
    answers.push(batcher.submit(3));
    await turn();
    answers.push(batcher.submit(4), batcher.submit(5));
    await turn();
    expect(statements).toEqual([[1], [2]]);
    running.shift()!();
    await turn();
    expect(statements).toEqual([[1], [2], [3, 4, 5]]);
    running.splice(0).forEach((end) => end());
    await expect(Promise.all(answers)).resolves.toEqual([1, 2, 3, 4, 5]);
  });

  it('tries each call of a failed batch alone, so only the call that breaks it fails', async () => {
    const { batcher, statements } = recordingBatcher(32, (inputs) => {
      if (inputs.includes(2)) throw new Error('row 2 breaks the statement');
      return inputs.map((input) => input * 10);
    });
    const outcomes = await Promise.allSettled([1, 2, 3].map((input) => batcher.submit(input)));
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('row 2 breaks the statement') },
      { status: 'fulfilled', value: 30 },
    ]);
    expect(statements).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
