// Types for scripts/ensure-browsers.mjs (plain JavaScript so that it runs under node before anything is built).

export interface Browser {
  name: string;
  /** The environment variable that names another binary. */
  variable: 'CHROMIUM_PATH' | 'FIREFOX_PATH';
  defaultPath: string;
  debianPackage: string;
}

export const browsers: readonly Browser[];

export interface Machine {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  /** sudo runs without asking for a password (`sudo -n true` succeeds). */
  hasSudo: boolean;
}

export type BrowserPlan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; commands: string[][]; message: string }
  | { action: 'stop'; message: string };

export function planBrowsers(machine: Machine): BrowserPlan;
