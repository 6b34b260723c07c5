// The Firefox build passes web-ext lint with no errors; the warnings left are the ones the README explains.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { firefoxExtensionPath } from './firefox-harness';

const webExt = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');

interface LintReport {
  errors: { code: string }[];
  warnings: { code: string; file?: string }[];
}

describe('web-ext lint', () => {
  it('finds no errors, and only the explained warning', async () => {
    const { stdout } = await promisify(execFile)(
      webExt,
      ['lint', '--source-dir', firefoxExtensionPath, '--output', 'json', '--no-config-discovery'],
      {
        maxBuffer: 10 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors).toEqual([]);
    // Preact's renderer can set innerHTML for `dangerouslySetInnerHTML`, which TokenTag never uses.
    expect(report.warnings.map((w) => w.code)).toEqual(report.warnings.length ? ['UNSAFE_VAR_ASSIGNMENT'] : []);
  });
});
