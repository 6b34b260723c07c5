// The serial queue: tasks run one at a time, in order, and a failed task never stops the ones after it.
import { describe, expect, it, vi } from 'vitest';
import { createSerialQueue } from '../../utils/serial-queue';

describe('createSerialQueue', () => {
  it('runs tasks one after another, in the order they were queued', async () => {
    const queue = createSerialQueue({ onError: vi.fn() });
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run('first', async () => {
      events.push('first start');
      await gate;
      events.push('first end');
    });
    const second = queue.run('second', () => {
      events.push('second');
    });
    // The second task waits for the first, however long the first takes.
    await Promise.resolve();
    expect(events).toEqual(['first start']);
    release();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(events).toEqual(['first start', 'first end', 'second']);
  });

  it('goes on with later tasks after one fails, and reports the failure with its label', async () => {
    const onError = vi.fn();
    const queue = createSerialQueue({ onError });
    const ran: string[] = [];
    const failure = new Error('quota exceeded');
    const results = await Promise.all([
      queue.run('write tab 1', () => {
        throw failure;
      }),
      queue.run('write tab 2', () => {
        ran.push('tab 2');
      }),
      queue.run('forget tab 1', async () => {
        ran.push('forget 1');
      }),
    ]);
    expect(results).toEqual([false, true, true]);
    expect(ran).toEqual(['tab 2', 'forget 1']);
    expect(onError).toHaveBeenCalledExactlyOnceWith('write tab 1', failure);
  });

  it('still runs tasks queued long after a failure', async () => {
    const onError = vi.fn();
    const queue = createSerialQueue({ onError });
    await queue.run('fails', () => Promise.reject(new Error('boom')));
    const task = vi.fn();
    expect(await queue.run('later', task)).toBe(true);
    expect(task).toHaveBeenCalledOnce();
  });
});
