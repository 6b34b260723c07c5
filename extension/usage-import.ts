// Starts a usage import in a Web Worker and reports its progress; cancel ends the worker at once.
import type { UsageFileResult } from '../utils/usage/read-file';
import type { UsageWorkerMessage } from './usage-worker';

export interface UsageImport {
  done: Promise<UsageFileResult[]>;
  cancel(): void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
  }
}

export function startUsageImport(files: File[], onProgress: (bytesRead: number, totalBytes: number) => void): UsageImport {
  const worker = new Worker(new URL('./usage-worker.ts', import.meta.url), { type: 'module' });
  let reject: (error: Error) => void = () => undefined;
  const done = new Promise<UsageFileResult[]>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<UsageWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.bytesRead, message.totalBytes);
      else {
        worker.terminate();
        resolve(message.results);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(`the usage reader stopped: ${event.message}`));
    };
  });
  worker.postMessage({ files });
  return {
    done,
    cancel() {
      worker.terminate();
      reject(new ImportCancelled());
    },
  };
}
