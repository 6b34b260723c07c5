// What the test run does about missing browsers on a fresh machine: install Debian's packages, or stop with the exact command.
import { describe, expect, it } from 'vitest';
import { planBrowsers, type Machine } from '../../scripts/ensure-browsers.mjs';

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';

/** A fake machine with the given binaries; by default a non-root user with apt-get and no passwordless sudo. */
function machine(present: string[], rest: Partial<Machine> = {}): Machine {
  return { env: {}, exists: (path) => present.includes(path), isRoot: false, hasAptGet: true, hasSudo: false, ...rest };
}

describe('planBrowsers', () => {
  it('does nothing when both browsers are there', () => {
    expect(planBrowsers(machine([CHROMIUM, FIREFOX]))).toEqual({ action: 'ready' });
  });

  it('installs both packages as root, and says so', () => {
    const plan = planBrowsers(machine([], { isRoot: true }));
    expect(plan).toMatchObject({
      action: 'install',
      packages: ['chromium', 'firefox-esr'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium', 'firefox-esr'],
      ],
    });
    expect(plan.action === 'install' && plan.message).toBe(
      "The end-to-end tests need Chromium (/usr/bin/chromium) and Firefox ESR (/usr/bin/firefox-esr): installing Debian's chromium firefox-esr (apt-get update && apt-get install -y chromium firefox-esr).",
    );
  });

  it('installs only what is missing, through sudo -n when not root', () => {
    expect(planBrowsers(machine([CHROMIUM], { hasSudo: true }))).toMatchObject({
      action: 'install',
      packages: ['firefox-esr'],
      commands: [
        ['sudo', '-n', 'apt-get', 'update'],
        ['sudo', '-n', 'apt-get', 'install', '-y', 'firefox-esr'],
      ],
    });
  });

  it('stops with the exact command when sudo would ask for a password', () => {
    expect(planBrowsers(machine([FIREFOX]))).toEqual({
      action: 'stop',
      message:
        'The end-to-end tests need Chromium (/usr/bin/chromium), and this is not root and sudo asks for a password, so the test run cannot install it.\n' +
        'Run this, then npm test again:\n  sudo apt-get update && sudo apt-get install -y chromium',
    });
  });

  it('stops with the commands for Debian and for elsewhere when there is no apt-get, even as root', () => {
    const plan = planBrowsers(machine([], { isRoot: true, hasAptGet: false }));
    expect(plan).toEqual({
      action: 'stop',
      message:
        'The end-to-end tests need Chromium (/usr/bin/chromium) and Firefox ESR (/usr/bin/firefox-esr), and this machine has no apt-get, so the test run cannot install them.\n' +
        'On Debian or Ubuntu run:\n  sudo apt-get update && sudo apt-get install -y chromium firefox-esr\n' +
        'Elsewhere, install the browsers and run:\n  CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox-esr npm test',
    });
  });

  it('uses CHROMIUM_PATH and FIREFOX_PATH instead of Debian’s paths', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome', FIREFOX_PATH: '/opt/firefox/firefox' };
    expect(planBrowsers(machine(['/opt/chromium/chrome', '/opt/firefox/firefox'], { env }))).toEqual({ action: 'ready' });
  });

  it('does not install over a chosen path that is missing: it says which variable is wrong', () => {
    const plan = planBrowsers(machine([FIREFOX], { isRoot: true, env: { CHROMIUM_PATH: '/opt/nothing' } }));
    expect(plan).toEqual({
      action: 'stop',
      message:
        "CHROMIUM_PATH=/opt/nothing, but there is no Chromium there. Point CHROMIUM_PATH at one, or unset it to use Debian's /usr/bin/chromium.",
    });
  });

  it('treats a variable set to Debian’s own path like no variable', () => {
    expect(planBrowsers(machine([FIREFOX], { isRoot: true, env: { CHROMIUM_PATH: CHROMIUM } }))).toMatchObject({
      action: 'install',
      packages: ['chromium'],
    });
  });
});
