// Presets and your prices in and out as JSON: export to a file; import a file, or say exactly what is wrong with it and change nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { exportPresetsFile, parsePresetsFile, type ImportProblem } from '../../utils/presets';
import { isSetAsideFile, parseSetAsideFile } from '../../utils/set-aside';
import { logger } from '../../extension/log';
import { importUserPrices, restoreSetAside, storageVersions } from '../../extension/storage';
import { usePresetsStore } from '../../extension/stores/presets';
import { useLocalization } from '../../extension/stores/settings';
import { useUserPricesStore } from '../../extension/stores/user-prices';
import { downloadText } from '../download';
import { problemText, saveErrorText } from './PresetEditor';

const log = logger('options');

/** Largest set-aside file Import reads, in bytes (a value kept in place may be several MB). */
const MAX_SET_ASIDE_FILE_BYTES = 10_000_000;

/** The parsed JSON of a set-aside file, or undefined for anything else (a presets file goes its own way). */
function setAsideData(text: string): unknown {
  if (text.length > MAX_SET_ASIDE_FILE_BYTES || !text.includes('tokentag-set-aside')) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return isSetAsideFile(data) ? data : undefined;
  } catch {
    // Not JSON: parsePresetsFile says so, with where.
    return undefined;
  }
}

/** An import problem in the user's language, with where it is. */
function describeProblem(problem: ImportProblem, t: Translate): string {
  const text = problem.workload
    ? problemText(problem.workload, t)
    : problem.code
      ? t(`options.importExport.${problem.code}`, [problem.detail ?? ''])
      : problem.message;
  return problem.path ? t('options.importExport.problemAt', [problem.path, text]) : text;
}

export function ImportExportSection({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useLocalization();
  const { presets, importPresets } = usePresetsStore();
  const userPrices = useUserPricesStore((s) => s.prices);
  const fileInput = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<
    { ok: true; message: string } | { ok: false; message: string; problems: ImportProblem[] }
  >();

  const exportFile = () =>
    downloadText(exportPresetsFile(presets, now(), userPrices), 'tokentag-presets.json', 'application/json');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setResult({
        ok: false,
        message: t('options.importExport.readFailed', [error instanceof Error ? error.message : String(error)]),
        problems: [],
      });
      return;
    }
    const setAside = setAsideData(text);
    if (setAside !== undefined) return importSetAside(setAside);
    const parsed = parsePresetsFile(text);
    if (!parsed.ok) {
      setResult({ ok: false, message: t('options.importExport.failed'), problems: parsed.problems });
      return;
    }
    try {
      const { added, replaced, skipped } = await importPresets(parsed.file.presets);
      const prices = parsed.file.userPrices ? await importUserPrices(parsed.file.userPrices) : 0;
      const pricesText = prices > 0 ? ` ${t('options.importExport.importedPrices', [prices])}` : '';
      setResult({
        ok: true,
        message:
          (skipped.length === 0
            ? t('options.importExport.imported', [added, replaced])
            : t('options.importExport.importedSkipped', [
                added,
                replaced,
                skipped.length,
                [...new Set(skipped.map((s) => s.reason))].join('; '),
              ])) + pricesText,
      });
    } catch (error) {
      log.warn('import not saved', error);
      setResult({ ok: false, message: saveErrorText(error, t), problems: [] });
    }
  };

  /** A set-aside value's "Download" file: what can be read of it comes back; the rest is listed. */
  const importSetAside = async (data: unknown) => {
    const parsed = parseSetAsideFile(data, storageVersions);
    if (!parsed.ok) {
      const stored = (data as { storedVersion?: unknown }).storedVersion;
      const version = typeof stored === 'number' || typeof stored === 'string' ? String(stored) : '';
      setResult({
        ok: false,
        message: parsed.newer
          ? t('options.importExport.newerFile', [version])
          : t('options.importExport.badSetAsideFile', [parsed.message]),
        problems: [],
      });
      return;
    }
    try {
      const { key, restored, skipped } = await restoreSetAside(parsed.file);
      const name = t(`options.storedNames.${key}`);
      setResult(
        skipped.length === 0
          ? { ok: true, message: t('options.importExport.restoredFile', [restored, name]) }
          : {
              ok: false,
              message: t('options.importExport.restoredFileSkipped', [restored, name, skipped.length, skipped.join('; ')]),
              problems: [],
            },
      );
    } catch (error) {
      log.warn('set-aside file not restored', error);
      setResult({ ok: false, message: saveErrorText(error, t), problems: [] });
    }
  };

  // A native listener: the compat layer the stores load renames `onChange` on file fields.
  useEffect(() => {
    const input = fileInput.current;
    if (!input) return;
    const onChange = () => void importFile(input.files?.[0]).finally(() => (input.value = ''));
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  });

  return (
    <section id="import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">{t('options.nav.importExport')}</h2>
      <p class="muted">{t('options.importExport.intro')}</p>
      <div class="toolbar">
        <button type="button" onClick={exportFile}>
          {t('options.importExport.export')}
        </button>
        <label class="button-like">
          <span class="field-label">{t('options.importExport.import')}</span>
          <input ref={fileInput} type="file" accept="application/json,.json" />
        </label>
      </div>
      {result &&
        (result.ok ? (
          <p role="status" class="ok">
            {result.message}
          </p>
        ) : (
          <div role="alert">
            <p class="warn">{result.message}</p>
            {result.problems.length > 0 && (
              <ul class="problems">
                {result.problems.slice(0, 20).map((problem, i) => (
                  <li key={i}>{describeProblem(problem, t)}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
    </section>
  );
}
