// A queue that runs async tasks one after another, and goes on with the next task when one fails.

export interface SerialQueue {
  /**
   * Runs `task` after every task queued before it. Resolves to true once it ran, false when it threw;
   * a failure is handed to `onError` with its label and never stops the tasks queued after it.
   */
  run(label: string, task: () => Promise<void> | void): Promise<boolean>;
}

export interface SerialQueueOptions {
  /** Told of each failed task, with the label it was queued under (to log it with context). */
  onError(label: string, error: unknown): void;
}

export function createSerialQueue({ onError }: SerialQueueOptions): SerialQueue {
  // Always a settled-to-fulfilled promise: a failed task must not reject the chain the next one waits on.
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(label, task) {
      const done = tail.then(async () => {
        try {
          await task();
          return true;
        } catch (error) {
          onError(label, error);
          return false;
        }
      });
      tail = done;
      return done;
    },
  };
}
