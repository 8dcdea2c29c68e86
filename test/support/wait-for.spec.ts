import { EventEmitter } from 'node:events';
import { onEvents, waitFor } from './wait-for';

describe('waitFor', () => {
  it('returns what the probe found once it finds something', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? { found: calls } : undefined), 'the third call')).resolves.toEqual({
      found: 3,
    });
  });

  it('with a wake source, checks again only when it fires', async () => {
    const events = new EventEmitter();
    let ready = false;
    let calls = 0;
    const waiting = waitFor(() => (calls++, ready), 'the flag', { wakeOn: [onEvents(events, 'changed')] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toBe(1); // no polling meanwhile
    ready = true;
    events.emit('changed');
    await expect(waiting).resolves.toBe(true);
    expect(calls).toBe(2);
    expect(events.listenerCount('changed')).toBe(0);
  });

  it('fails naming what it waited for, described when the time is up', async () => {
    let state = 'booting';
    const waiting = waitFor(
      () => false,
      () => `the worker to start; it is ${state}`,
      { timeoutMs: 50 },
    );
    state = 'stuck';
    await expect(waiting).rejects.toThrow('timed out after 50 ms waiting for the worker to start; it is stuck');
  });

  it("passes on the probe's own failure at once", async () => {
    await expect(
      waitFor(
        () => {
          throw new Error('the process exited');
        },
        'output',
        { timeoutMs: 5_000 },
      ),
    ).rejects.toThrow('the process exited');
  });
});
