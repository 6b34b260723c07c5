// "Your usage": read usage exports in a worker, show what they cost at list prices and on other models, export or make a preset.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import type { MessageKey } from '../../utils/i18n';
import { logger } from '../../extension/log';
import { useComparisonStore } from '../../extension/stores/comparison';
import { usePresetsStore } from '../../extension/stores/presets';
import { useLocalization } from '../../extension/stores/settings';
import { ImportCancelled, startUsageImport, type UsageImport } from '../../extension/usage-import';
import { deleteSavedReport, listSavedReports, saveReport } from '../../extension/usage-reports';
import { savedFiles, toSavedReport, type SavedReport } from '../../utils/usage/saved-reports';
import { usageCsv, usageMarkdown } from '../../utils/usage/export';
import { unpricedReasonText } from '../../utils/usage/unpriced-reason';
import { caveatText, modelCaveatText, spellingText } from '../../utils/usage/wording';
import type { UsageFileResult } from '../../utils/usage/read-file';
import { sellerName } from '../../utils/compare';
import {
  buildUsageReport,
  repricedKey,
  sortRepriced,
  workloadFromUsage,
  type CostedRow,
  type RepriceTarget,
  type UsageReport,
} from '../../utils/usage/report';
import { downloadText } from '../download';

const log = logger('usage');

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; bytesRead: number; totalBytes: number }
  | { kind: 'done'; results: UsageFileResult[] }
  | { kind: 'error'; message: string };

type Grouping = 'model' | 'month' | 'seller';

const int = (n: number) => Math.round(n).toLocaleString();
/** A re-pricing target's key, as `repricedKey` names its row: the model alone for its creator's own API. */
const targetKey = (target: RepriceTarget) =>
  target.seller === undefined
    ? target.model
    : `${target.model}@${target.seller}${target.region === undefined ? '' : `/${target.region}`}`;
const usd = (n: number | null) => (n === null ? '—' : `$${n.toFixed(2)}`);

function TotalsCells({ row }: { row: CostedRow }) {
  return (
    <>
      <td class="num">{int(row.requests)}</td>
      <td class="num">{int(row.uncachedInput)}</td>
      <td class="num">{int(row.cachedInput)}</td>
      <td class="num">{int(row.cacheWrites)}</td>
      <td class="num">
        {int(row.output)} <span class="muted small">({int(row.reasoning)})</span>
      </td>
      <td class="num">{int(row.webSearches)}</td>
      <td class="num">{usd(row.costUsd)}</td>
      <td class="num">{usd(row.reportedUsd)}</td>
    </>
  );
}

function UsageTable({ report, grouping }: { report: UsageReport; grouping: Grouping }) {
  const { t } = useLocalization();
  const rows: { key: string; label: string; row: CostedRow }[] =
    grouping === 'model'
      ? report.byModel.map((m) => ({ key: m.modelId, label: m.name, row: m }))
      : grouping === 'month'
        ? report.byMonth.map((m) => ({ key: m.month, label: m.month, row: m }))
        : report.bySeller.map((s) => ({ key: s.seller, label: s.seller, row: s }));
  return (
    <table data-usage-table={grouping}>
      <thead>
        <tr>
          <th scope="col">{t(`usage.group.${grouping}`)}</th>
          <th scope="col">{t('usage.col.requests')}</th>
          <th scope="col">{t('usage.col.uncachedInput')}</th>
          <th scope="col">{t('usage.col.cachedInput')}</th>
          <th scope="col">{t('usage.col.cacheWrites')}</th>
          <th scope="col">{t('usage.col.output')}</th>
          <th scope="col">{t('usage.col.webSearches')}</th>
          <th scope="col">{t('usage.col.listPrice')}</th>
          <th scope="col">{t('usage.col.billed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, row }) => (
          <tr key={key} data-row={key}>
            <th scope="row">{label}</th>
            <TotalsCells row={row} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('usage.total')}</th>
          <td colSpan={6} />
          <td class="num" data-total>
            {usd(report.totalUsd)}
          </td>
          <td class="num">{usd(report.reportedUsd)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Monthly cost per re-priced model as plain CSS bars, the widest bar the dearest month of all. */
function MonthlyBars({ report }: { report: UsageReport }) {
  const { t } = useLocalization();
  const rows = sortRepriced(report.repriced).filter((r) => r.totalUsd !== null);
  const max = Math.max(0, ...rows.flatMap((r) => r.byMonth.map((m) => m.usd)));
  if (rows.length === 0 || max === 0) return null;
  return (
    <figure class="usage-chart" aria-label={t('usage.chart')}>
      <figcaption>{t('usage.chart')}</figcaption>
      {rows.map((r) => (
        <div key={repricedKey(r)} class="small">
          <strong>{r.name}</strong>
          {r.byMonth.map((m) => (
            <div key={m.month} class="usage-bar-row">
              <span class="muted">{m.month}</span>
              <span class="bar" role="img" aria-label={`${r.name} ${m.month}: ${usd(m.usd)}`}>
                <span data-part="uncachedInput" style={{ width: `${(m.usd / max) * 100}%` }} />
              </span>
              <span class="num">{usd(m.usd)}</span>
            </div>
          ))}
        </div>
      ))}
    </figure>
  );
}

export function UsageSection({ catalog, today }: { catalog: Catalog; today: string }) {
  const { t } = useLocalization();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [grouping, setGrouping] = useState<Grouping>('model');
  const [extraTargets, setExtraTargets] = useState<string[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState('');
  const [dragging, setDragging] = useState(false);
  const current = useRef<UsageImport | undefined>(undefined);
  const compared = useComparisonStore((s) => s.modelIds);
  const comparedOffers = useComparisonStore((s) => s.offers);
  const savePreset = usePresetsStore((s) => s.save);
  const [saved, setSaved] = useState<SavedReport[]>([]);

  const refreshSaved = () =>
    listSavedReports().then(setSaved, (error: unknown) => {
      log.warn('could not list the saved usage reports', error);
      setMessage(t('usage.saveFailed', [error instanceof Error ? error.message : String(error)]));
    });
  useEffect(() => {
    void refreshSaved();
    // Once, on mount: later changes come from this section's own buttons.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async () => {
    if (status.kind !== 'done') return;
    try {
      await saveReport(toSavedReport(`report-${Date.now()}`, new Date().toISOString(), status.results));
      setMessage(t('usage.saved'));
      await refreshSaved();
    } catch (error) {
      log.warn('could not save the usage report', error);
      setMessage(t('usage.saveFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };

  const remove = async (id: string) => {
    try {
      await deleteSavedReport(id);
      await refreshSaved();
    } catch (error) {
      log.warn('could not delete a saved usage report', error);
      setMessage(t('usage.saveFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };

  // The compared models at the offers they are compared at, then the models added here (their creators' own APIs).
  const targets = useMemo(() => {
    const all: RepriceTarget[] = [
      ...compared.map((model) => ({ model, ...comparedOffers[model] })),
      ...extraTargets.map((model) => ({ model })),
    ];
    const byKey = new Map(all.map((target) => [targetKey(target), target]));
    return [...byKey].filter(([key]) => !removed.includes(key)).map(([, target]) => target);
  }, [compared, comparedOffers, extraTargets, removed]);
  const results = status.kind === 'done' ? status.results : undefined;
  const report = useMemo(
    () => (results ? buildUsageReport(results, catalog, { date: today, reprice: targets }) : undefined),
    [results, catalog, today, targets],
  );

  const read = (files: File[]) => {
    if (files.length === 0) return;
    current.current?.cancel();
    setMessage('');
    setStatus({ kind: 'reading', bytesRead: 0, totalBytes: files.reduce((n, f) => n + f.size, 0) });
    const run = startUsageImport(files, (bytesRead, totalBytes) => setStatus({ kind: 'reading', bytesRead, totalBytes }));
    current.current = run;
    run.done.then(
      (done) => {
        if (current.current === run) setStatus({ kind: 'done', results: done });
      },
      (error: unknown) => {
        if (current.current !== run) return;
        if (error instanceof ImportCancelled) setStatus({ kind: 'idle' });
        else {
          log.error('usage import failed', error);
          setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      },
    );
  };

  const makePreset = async () => {
    const workload = results && workloadFromUsage(results.flatMap((r) => r.records));
    if (!workload) {
      setMessage(t('usage.presetNoRequests'));
      return;
    }
    try {
      await savePreset({
        id: `usage-${Date.now()}`,
        name: t('usage.presetName', [today]),
        description: t('usage.presetDescription'),
        workload,
      });
      setMessage(t('usage.presetMade'));
    } catch (error) {
      log.warn('could not save the preset made from usage', error);
      setMessage(t('usage.presetFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };

  const addTarget = () => {
    const model = catalog.models.find((m) => m.id === target.trim() || m.name === target.trim());
    if (!model) {
      setMessage(t('usage.noSuchModel', [target]));
      return;
    }
    setExtraTargets((list) => [...list, model.id]);
    // A model added here is re-priced at its creator's own API: its key is its id.
    setRemoved((list) => list.filter((id) => id !== model.id));
    setTarget('');
  };

  return (
    <section id="usage" aria-labelledby="usage-title">
      <h2 id="usage-title">{t('usage.title')}</h2>
      <p class="muted">{t('usage.intro')}</p>
      <div
        class={`usage-drop${dragging ? ' active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          read([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <p>{t('usage.drop')}</p>
        <div class="toolbar">
          <label class="button">
            {t('usage.pickFiles')}
            <input type="file" multiple data-usage-files onChange={(e) => read([...(e.currentTarget.files ?? [])])} />
          </label>
          <label class="button">
            {t('usage.pickFolder')}
            <input
              type="file"
              multiple
              data-usage-folder
              {...{ webkitdirectory: '' }}
              onChange={(e) => read([...(e.currentTarget.files ?? [])])}
            />
          </label>
        </div>
      </div>

      {status.kind === 'idle' && <p class="muted small">{t('usage.empty')}</p>}
      {status.kind === 'reading' && (
        <div role="status" data-usage-progress>
          <progress max={status.totalBytes || 1} value={status.bytesRead} />{' '}
          <span class="small">
            {t('usage.progress', [(status.bytesRead / 1e6).toFixed(1), (status.totalBytes / 1e6).toFixed(1)])}
          </span>{' '}
          <button type="button" onClick={() => current.current?.cancel()}>
            {t('usage.cancel')}
          </button>
        </div>
      )}
      {status.kind === 'error' && (
        <p role="alert" class="error">
          {t('usage.failed', [status.message])}
        </p>
      )}
      {report && (
        <div data-usage-report>
          <ul class="small" aria-label={t('usage.files')}>
            {report.files.map((f) => (
              <li key={f.file} data-usage-file={f.file}>
                {f.errors.length > 0 ? (
                  <span class="error">{f.errors.join('; ')}</span>
                ) : (
                  <>
                    <strong>{f.file}</strong>: {t(`usage.format.${(f.format ?? 'null').replace(/-/g, '_')}` as MessageKey)},{' '}
                    {t('usage.recordsRead', [f.recordsRead])}
                    {f.skipped > 0 && (
                      <span class="warn">
                        {' '}
                        {t('usage.skipped', [
                          f.skipped,
                          f.skippedLines
                            .map((s) => `${s.line}: ${s.reason}`)
                            .slice(0, 3)
                            .join('; '),
                        ])}
                      </span>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
          <fieldset class="inline">
            <legend>{t('usage.groupBy')}</legend>
            {(['model', 'month', 'seller'] as const).map((g) => (
              <label key={g} class="inline">
                <input type="radio" name="usage-grouping" checked={grouping === g} onChange={() => setGrouping(g)} />
                {t(`usage.group.${g}`)}
              </label>
            ))}
          </fieldset>
          <div class="table-scroll">
            <UsageTable report={report} grouping={grouping} />
          </div>
          {report.unknownModels.length > 0 && (
            <>
              <h3>{t('usage.unpricedTitle')}</h3>
              <table data-usage-unpriced>
                <thead>
                  <tr>
                    <th scope="col">{t('usage.col.spelling')}</th>
                    <th scope="col">{t('usage.col.why')}</th>
                    <th scope="col">{t('usage.col.requests')}</th>
                    <th scope="col">{t('usage.col.uncachedInput')}</th>
                    <th scope="col">{t('usage.col.output')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.unknownModels.map((u) => (
                    <tr key={`${u.spelling}-${u.reason}`} data-unpriced={u.spelling}>
                      <th scope="row">{spellingText(u.spelling, t)}</th>
                      <td>{unpricedReasonText(u.reason, t)}</td>
                      <td class="num">{int(u.requests)}</td>
                      <td class="num">{int(u.uncachedInput)}</td>
                      <td class="num">
                        {int(u.output)} <span class="muted small">({int(u.reasoning)})</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {report.caveats.length > 0 && (
            <>
              <h3>{t('usage.report.notes')}</h3>
              <ul class="small" data-usage-caveats>
                {report.caveats.map((c) => (
                  <li key={`${c.modelId}-${c.caveat}`} data-caveat={c.caveat}>
                    {modelCaveatText(c, c.name, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('usage.repricedTitle', [today])}</h3>
          <div class="toolbar">
            <input
              list="usage-models"
              value={target}
              aria-label={t('usage.addModel')}
              placeholder={t('usage.addModel')}
              onInput={(e) => setTarget(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && addTarget()}
            />
            <datalist id="usage-models">
              {catalog.models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </datalist>
            <button type="button" onClick={addTarget}>
              {t('usage.add')}
            </button>
          </div>
          {report.repriced.length === 0 ? (
            <p class="muted small">{t('usage.noTargets')}</p>
          ) : (
            <>
              <table data-usage-repriced>
                <thead>
                  <tr>
                    <th scope="col">{t('usage.group.model')}</th>
                    <th scope="col">{t('usage.group.seller')}</th>
                    <th scope="col">{t('usage.col.total')}</th>
                    <th scope="col">
                      <span class="sr-only">{t('usage.remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sortRepriced(report.repriced).map((r) => (
                    <tr key={repricedKey(r)} data-repriced={repricedKey(r)} data-complete={r.totalUsd !== null}>
                      <th scope="row">{r.name}</th>
                      <td>
                        {r.firstParty ? t('usage.sellerOf', [sellerName(catalog, r.seller)]) : sellerName(catalog, r.seller)}
                        {r.region !== undefined && ` (${r.region})`}
                      </td>
                      <td class="num" data-repriced-total>
                        {r.totalUsd !== null ? (
                          usd(r.totalUsd)
                        ) : r.pricedUsd === 0 && new Set(r.unpriced.map((g) => g.reason)).size === 1 ? (
                          // Nothing priced, all for one reason (retired, not sold by this seller…): said once.
                          <span class="warn" data-reason={r.unpriced[0]!.reason}>
                            {t('usage.noPrice')} ({unpricedReasonText(r.unpriced[0]!.reason, t)})
                          </span>
                        ) : (
                          <>
                            <span class="warn">{t('usage.partial', [usd(r.pricedUsd)])}</span>
                            <ul class="small" data-repriced-gaps>
                              {r.unpriced.map((g) => (
                                <li key={`${g.spelling}-${g.serviceTier}-${g.reason}`} data-reason={g.reason}>
                                  {t('usage.gap', [
                                    spellingText(g.spelling, t),
                                    g.serviceTier,
                                    int(g.requests),
                                    unpricedReasonText(g.reason, t),
                                  ])}
                                </li>
                              ))}
                            </ul>
                          </>
                        )}
                        {r.caveats.length > 0 && (
                          // What the total leaves out though priced (web searches the seller does not sell…).
                          <ul class="small muted" data-repriced-caveats>
                            {r.caveats.map((caveat) => (
                              <li key={caveat} data-caveat={caveat}>
                                {caveatText(caveat, t)}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          aria-label={t('usage.removeModel', [r.name])}
                          onClick={() => setRemoved((l) => [...l, repricedKey(r)])}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {report.repriced.some((r) => r.totalUsd === null) && <p class="muted small">{t('usage.partialNote')}</p>}
            </>
          )}
          <MonthlyBars report={report} />
          <div class="toolbar">
            <button
              type="button"
              data-usage-export="csv"
              onClick={() => downloadText(usageCsv(report), `tokentag-usage-${today}.csv`, 'text/csv')}
            >
              {t('usage.exportCsv')}
            </button>
            <button
              type="button"
              data-usage-export="md"
              onClick={() => downloadText(usageMarkdown(report, t, catalog), `tokentag-usage-${today}.md`, 'text/markdown')}
            >
              {t('usage.exportMarkdown')}
            </button>
            <button type="button" onClick={() => void makePreset()}>
              {t('usage.makePreset')}
            </button>
            <button type="button" data-usage-save onClick={() => void save()}>
              {t('usage.saveReport')}
            </button>
          </div>
          <p class="muted small">{t('usage.privacy')}</p>
        </div>
      )}
      {message && (
        <p role="status" class="small">
          {message}
        </p>
      )}
      {saved.length > 0 && (
        <>
          <h3>{t('usage.savedTitle')}</h3>
          <ul data-usage-saved>
            {saved.map((r) => (
              <li key={r.id} data-saved-report={r.id}>
                {r.savedAt.slice(0, 16).replace('T', ' ')}{' '}
                <span class="muted small">({r.files.map((f) => f.file).join(', ')})</span>{' '}
                <button type="button" onClick={() => setStatus({ kind: 'done', results: savedFiles(r) })}>
                  {t('usage.open')}
                </button>{' '}
                <button
                  type="button"
                  aria-label={t('usage.deleteReport', [r.savedAt.slice(0, 10)])}
                  onClick={() => void remove(r.id)}
                >
                  {t('usage.delete')}
                </button>
              </li>
            ))}
          </ul>
          <p class="muted small">{t('usage.savedPrivacy')}</p>
        </>
      )}
    </section>
  );
}
