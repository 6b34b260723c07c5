// Reads one usage file streamed in text chunks: detects its format from its content and hands lines to that format's reader.
import { anthropicCsvReader, isAnthropicCsv } from './anthropic-csv';
import { isAnthropicUsageJson, readAnthropicUsageJson } from './anthropic-json';
import { claudeCodeReader, isClaudeCodeLine } from './claude-code';
import { codexReader, isCodexLine } from './codex';
import { isOpenAiCsv, openAiCsvReader } from './openai-csv';
import { isOpenAiUsageJson, readOpenAiUsageJson } from './openai-json';
import { isOpenRouterCsv, openRouterCsvReader } from './openrouter-csv';
import { RecordTotals, type LineReader, type RecordSink, type SkippedLine, type UsageRecord } from './record';
import { errorText, headerColumns, LineSplitter, looksBinary, objectOf } from './text';

export const usageFormats = [
  'openai-usage-json',
  'openai-activity-csv',
  'anthropic-usage-json',
  'anthropic-console-csv',
  'openrouter-activity-csv',
  'claude-code-jsonl',
  'codex-jsonl',
] as const;
export type UsageFormat = (typeof usageFormats)[number];

/** What one file gave: its records merged by pricing conditions, and what could not be read. */
export interface UsageFileResult {
  file: string;
  format: UsageFormat | null;
  /** Records read (rows, requests, turns) before merging. */
  recordsRead: number;
  /** The records merged by their pricing conditions. */
  records: UsageRecord[];
  /** Lines (or JSON results) that could not be used; the first `MAX_SKIPPED_DETAILS` are in `skippedLines`. */
  skipped: number;
  skippedLines: SkippedLine[];
  /** Why the file as a whole could not be read; empty when it was. */
  errors: string[];
}

/** Shared by the files of one import: the Claude Code (message, request) pairs already counted. */
export interface ImportState {
  claudeCodeSeen: Set<string>;
}

export function newImportState(): ImportState {
  return { claudeCodeSeen: new Set() };
}

const MAX_SKIPPED_DETAILS = 50;
/** Whole-document JSON exports are small (a month of daily buckets); past this size it is not one. Characters. */
const MAX_JSON_DOCUMENT = 64 * 1024 * 1024;

export interface UsageFileReader {
  push(chunk: string): void;
  end(): UsageFileResult;
}

export function createUsageFileReader(file: string, state: ImportState = newImportState()): UsageFileReader {
  const totals = new RecordTotals();
  const result: UsageFileResult = { file, format: null, recordsRead: 0, records: [], skipped: 0, skippedLines: [], errors: [] };
  const sink: RecordSink = {
    record: (record) => {
      result.recordsRead += 1;
      totals.add(record);
    },
    skip: (line, reason) => {
      result.skipped += 1;
      if (result.skippedLines.length < MAX_SKIPPED_DETAILS) result.skippedLines.push({ line, reason });
    },
  };
  let reader: LineReader | undefined;
  let failed = false;
  let sawText = false;
  let json: string[] | undefined;
  let jsonSize = 0;

  const fail = (reason: string) => {
    failed = true;
    result.errors.push(`${file}: ${reason}`);
  };

  const detect = (text: string, lineNumber: number) => {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    // Control characters or undecodable bytes in the first line: a binary file, whatever its name says.
    if (looksBinary(trimmed)) {
      fail('a binary file, not a text usage export');
      return;
    }
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      // Not a whole object on one line: a pretty-printed JSON document, read as a whole at the end.
      const first = jsonObjectLine(trimmed);
      if (first && isClaudeCodeLine(first)) {
        result.format = 'claude-code-jsonl';
        reader = claudeCodeReader(sink, state.claudeCodeSeen);
      } else if (first && isCodexLine(first)) {
        result.format = 'codex-jsonl';
        reader = codexReader(sink);
      } else {
        json = [];
        return;
      }
      reader.line(text, lineNumber);
      return;
    }
    const columns = headerColumns(trimmed);
    if (isOpenAiCsv(columns)) {
      result.format = 'openai-activity-csv';
      reader = openAiCsvReader(columns, sink);
    } else if (isAnthropicCsv(columns)) {
      result.format = 'anthropic-console-csv';
      reader = anthropicCsvReader(columns, sink);
    } else if (isOpenRouterCsv(columns)) {
      result.format = 'openrouter-activity-csv';
      reader = openRouterCsvReader(columns, sink);
    } else {
      const shown = trimmed.length > 120 ? `${trimmed.slice(0, 120)}…` : trimmed;
      fail(`not a usage export of a known kind (first line: ${JSON.stringify(shown)})`);
    }
  };

  const splitter = new LineSplitter((text, lineNumber) => {
    if (failed) return;
    if (json) {
      jsonSize += text.length + 1;
      if (jsonSize > MAX_JSON_DOCUMENT) {
        json = undefined;
        fail('a JSON document too large to be a usage report (over 64 MB), and not one JSON object a line');
        return;
      }
      json.push(text);
      return;
    }
    if (reader) {
      reader.line(text, lineNumber);
      return;
    }
    if (text.trim() === '') return;
    sawText = true;
    detect(text, lineNumber);
    // detect() may have started a JSON document: its first line belongs to it.
    (json as string[] | undefined)?.push(text);
  });

  return {
    push(chunk) {
      if (failed) return;
      // A NUL is a binary file, whatever its name says.
      if (chunk.includes('\u0000')) {
        fail('a binary file, not a text usage export');
        return;
      }
      splitter.push(chunk);
    },
    end() {
      if (!failed) splitter.end();
      if (!failed) {
        if (!sawText) fail('the file is empty');
        else if (json) readJsonDocument(json.join('\n'));
        else if (reader) {
          try {
            reader.end();
          } catch (error) {
            fail(errorText(error));
          }
        }
      }
      result.records = totals.records();
      return result;
    },
  };

  function readJsonDocument(text: string) {
    let doc: Record<string, unknown> | undefined;
    try {
      doc = objectOf(JSON.parse(text));
    } catch (error) {
      fail(`truncated or not valid JSON (${errorText(error)})`);
      return;
    }
    if (doc && isOpenAiUsageJson(doc)) {
      result.format = 'openai-usage-json';
      readOpenAiUsageJson(doc, sink);
    } else if (doc && isAnthropicUsageJson(doc)) {
      result.format = 'anthropic-usage-json';
      readAnthropicUsageJson(doc, sink);
    } else {
      fail('JSON, but not a usage export of a known kind (no data[].results[] with token counts)');
    }
  }
}

/** The object on a line that holds one whole JSON object, else undefined (the line starts a larger document). */
function jsonObjectLine(text: string): Record<string, unknown> | undefined {
  if (!text.endsWith('}')) return undefined;
  try {
    return objectOf(JSON.parse(text));
  } catch (error) {
    // A line that opens and closes braces but is no JSON object: not JSON Lines; the document parse says why.
    void error;
    return undefined;
  }
}

/** Reads a whole text at once (tests, small files): the same path as streaming. */
export function readUsageText(file: string, text: string, state?: ImportState): UsageFileResult {
  const reader = createUsageFileReader(file, state);
  reader.push(text);
  return reader.end();
}
