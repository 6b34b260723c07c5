// The usage import's Web Worker: streams the picked files through the usage readers off the page's main thread.
import { createUsageFileReader, newImportState, type UsageFileResult } from '../utils/usage/read-file';

/** Messages from the page. */
export interface UsageWorkerRequest {
  files: File[];
}

/** Messages to the page: progress in bytes of all files, then each file's result. */
export type UsageWorkerMessage =
  { type: 'progress'; bytesRead: number; totalBytes: number; file: string } | { type: 'done'; results: UsageFileResult[] };

/** Progress is posted at most once per this many bytes (a posted message costs the page a render). */
const PROGRESS_STEP = 1024 * 1024;

function nameOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

async function readFile(
  file: File,
  state: ReturnType<typeof newImportState>,
  progress: (bytes: number) => void,
): Promise<UsageFileResult> {
  const reader = createUsageFileReader(nameOf(file), state);
  const decoder = new TextDecoder('utf-8');
  const bytes = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await bytes.read();
      if (done) break;
      reader.push(decoder.decode(value, { stream: true }));
      progress(value.byteLength);
    }
    reader.push(decoder.decode());
  } catch (error) {
    const result = reader.end();
    return {
      ...result,
      format: null,
      records: [],
      errors: [`${nameOf(file)}: cannot be read (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  return reader.end();
}

self.onmessage = async (event: MessageEvent<UsageWorkerRequest>) => {
  const { files } = event.data;
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const state = newImportState();
  const results: UsageFileResult[] = [];
  let bytesRead = 0;
  let posted = 0;
  for (const file of files) {
    results.push(
      await readFile(file, state, (bytes) => {
        bytesRead += bytes;
        if (bytesRead - posted >= PROGRESS_STEP) {
          posted = bytesRead;
          postMessage({ type: 'progress', bytesRead, totalBytes, file: nameOf(file) } satisfies UsageWorkerMessage);
        }
      }),
    );
  }
  postMessage({ type: 'progress', bytesRead: totalBytes, totalBytes, file: '' } satisfies UsageWorkerMessage);
  postMessage({ type: 'done', results } satisfies UsageWorkerMessage);
};
