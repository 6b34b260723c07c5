// A small logger with context: every caught error that the user is not shown goes through it.

/** Where log lines go; `console` in the extension, a recorder in tests. */
export interface LogSink {
  debug(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}

export interface Logger {
  /** Detail for whoever debugs: quiet unless enabled. */
  debug(context: string, ...details: unknown[]): void;
  /** Something failed and was handled (retried, skipped, fallen back from): quiet unless enabled. */
  warn(context: string, ...details: unknown[]): void;
  /** Something failed that the user may notice: always written. */
  error(context: string, ...details: unknown[]): void;
}

export interface LoggerOptions {
  /** Names the part of the extension, e.g. `background`, `content`. */
  scope: string;
  /** Read on every call, so that a debug setting turned on later takes effect at once. */
  enabled: () => boolean;
  sink?: LogSink;
}

export function createLogger({ scope, enabled, sink = console }: LoggerOptions): Logger {
  const prefix = `[tokentag:${scope}]`;
  return {
    debug: (context, ...details) => {
      if (enabled()) sink.debug(prefix, context, ...details);
    },
    warn: (context, ...details) => {
      if (enabled()) sink.warn(prefix, context, ...details);
    },
    error: (context, ...details) => sink.error(prefix, context, ...details),
  };
}

/** The message of anything thrown, for a line the user or a log reader can act on. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
