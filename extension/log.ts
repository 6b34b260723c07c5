// The extension's logger: visible in development builds, and in production once the user turns on "debug logging".
import { createLogger, type Logger } from '../utils/log';

let debugSetting = false;

/** Called by whoever reads settings (stores, background) so that the logger follows the debug setting. */
export function setDebugLogging(on: boolean): void {
  debugSetting = on;
}

/** A logger for one part of the extension (`background`, `content`, `popup`, `options`). */
export function logger(scope: string): Logger {
  return createLogger({ scope, enabled: () => import.meta.env.DEV || debugSetting });
}
