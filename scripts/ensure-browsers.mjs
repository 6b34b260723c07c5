// Before the end-to-end tests: makes sure Chromium and Firefox ESR are there, installing Debian's packages when it can, else saying the exact command to run.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** The browsers the end-to-end tests drive: where they look for each, and the Debian package that puts it there. */
export const browsers = [
  { name: 'Chromium', variable: 'CHROMIUM_PATH', defaultPath: '/usr/bin/chromium', debianPackage: 'chromium' },
  { name: 'Firefox ESR', variable: 'FIREFOX_PATH', defaultPath: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
];

/**
 * What to do, from what the machine has (a pure function: the tests give it a fake machine).
 * @param {{ env: Record<string, string | undefined>, exists: (path: string) => boolean, isRoot: boolean, hasAptGet: boolean, hasSudo: boolean }} machine
 *   `hasSudo`: sudo runs without asking for a password (`sudo -n true` succeeds).
 * @returns {{ action: 'ready' } | { action: 'install', packages: string[], commands: string[][], message: string } | { action: 'stop', message: string }}
 */
export function planBrowsers({ env, exists, isRoot, hasAptGet, hasSudo }) {
  const missing = browsers
    .map((browser) => ({ ...browser, path: env[browser.variable] || browser.defaultPath }))
    .filter((browser) => !exists(browser.path));
  if (missing.length === 0) return { action: 'ready' };

  // A path the user chose is theirs to fix: Debian's package would not put a browser there.
  const chosen = missing.filter((browser) => browser.path !== browser.defaultPath);
  if (chosen.length > 0) {
    const lines = chosen.map(
      (b) =>
        `${b.variable}=${b.path}, but there is no ${b.name} there. Point ${b.variable} at one, or unset it to use Debian's ${b.defaultPath}.`,
    );
    return { action: 'stop', message: lines.join('\n') };
  }

  const packages = missing.map((browser) => browser.debianPackage);
  const what = missing.map((b) => `${b.name} (${b.path})`).join(' and ');
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const commands = [
    [...sudo, 'apt-get', 'update'],
    [...sudo, 'apt-get', 'install', '-y', ...packages],
  ];
  if (hasAptGet && (isRoot || hasSudo)) {
    return {
      action: 'install',
      packages,
      commands,
      message: `The end-to-end tests need ${what}: installing Debian's ${packages.join(' ')} (${commands.map((c) => c.join(' ')).join(' && ')}).`,
    };
  }

  const exact = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  const why = !hasAptGet ? 'this machine has no apt-get' : 'this is not root and sudo asks for a password';
  const alternative = missing.map((b) => `${b.variable}=/path/to/${b.debianPackage}`).join(' ');
  return {
    action: 'stop',
    message:
      `The end-to-end tests need ${what}, and ${why}, so the test run cannot install ${packages.length > 1 ? 'them' : 'it'}.\n` +
      (hasAptGet
        ? `Run this, then npm test again:\n  ${exact}`
        : `On Debian or Ubuntu run:\n  ${exact}\nElsewhere, install the browser${packages.length > 1 ? 's' : ''} and run:\n  ${alternative} npm test`),
  };
}

/** Whether an executable file is at `path`. */
function executableAt(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'EACCES' || error.code === 'ENOTDIR') return false;
    throw error;
  }
}

/** Whether a shell command exits with 0 (its output is not shown). */
function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** The real machine, as planBrowsers reads it. */
function thisMachine() {
  const isRoot = process.getuid?.() === 0;
  return {
    env: process.env,
    exists: executableAt,
    isRoot,
    hasAptGet: succeeds('sh', ['-c', 'command -v apt-get']),
    hasSudo: !isRoot && succeeds('sudo', ['-n', 'true']),
  };
}

function main() {
  const plan = planBrowsers(thisMachine());
  if (plan.action === 'ready') return;
  if (plan.action === 'stop') {
    console.error(`\n${plan.message}\n`);
    process.exit(1);
  }
  console.log(plan.message);
  for (const [command, ...args] of plan.commands) {
    const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(
        `\n\`${[command, ...args].join(' ')}\` failed (${run.error?.message ?? `exit ${run.status}`}). Run it yourself, then npm test again.\n`,
      );
      process.exit(1);
    }
  }
  const after = planBrowsers(thisMachine());
  if (after.action !== 'ready') {
    console.error(`\nThe packages were installed, but a browser is still missing:\n${after.message}\n`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
