// Options → Prices: the opt-in live feed (switch, status, "Check now"), what its last download changed, and price-change notifications.
import { useState } from 'preact/hooks';
import type { FeedReport } from '../../utils/feeds/merge-feed';
import type { FeedState } from '../../utils/feeds/feed-state';
import type { PriceNotificationsStatus } from '../../utils/price-notifications';
import { useLocalization } from '../../extension/stores/settings';

export interface PricesSectionProps {
  state: FeedState | undefined;
  /** The bundled catalog's newest check, `YYYY-MM-DD`. */
  bundledVersion: string;
  /** Asks for the feed's host and turns it on; false when the user declined. Called straight from the click. */
  onEnable(): Promise<boolean>;
  onDisable(): Promise<void>;
  onCheckNow(): Promise<unknown>;
  /** The notifications switch (left out without it). */
  notifications?: PriceNotificationsProps;
}

export interface PriceNotificationsProps {
  /** Undefined until read. */
  status: PriceNotificationsStatus | undefined;
  /** Asks for the notifications permission and turns them on; false when declined. Called straight from the click. */
  onEnable(): Promise<boolean>;
  onDisable(): Promise<void>;
}

/** "Notify me when a price in my comparison changes": off by default; asks for the permission when turned on. */
export function PriceNotificationsSwitch({ status, onEnable, onDisable }: PriceNotificationsProps) {
  const { t } = useLocalization();
  const [busy, setBusy] = useState(false);
  const [declined, setDeclined] = useState(false);
  const toggle = async (on: boolean) => {
    setBusy(true);
    setDeclined(false);
    try {
      if (on) setDeclined(!(await onEnable()));
      else await onDisable();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="price-notifications" data-status={status}>
      <label class="check">
        <input
          type="checkbox"
          checked={status === 'on'}
          disabled={busy || status === undefined}
          aria-describedby="price-notifications-explain"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <span>{t('notifications.toggle')}</span>
      </label>
      <p id="price-notifications-explain" class="muted small">
        {t('notifications.explain')}
      </p>
      {declined && <p role="alert">{t('notifications.declined')}</p>}
      {status === 'revoked' && !declined && <p role="alert">{t('notifications.revoked')}</p>}
    </div>
  );
}

function ReportLists({ report }: { report: FeedReport }) {
  const { t } = useLocalization();
  const rates = (r: { input: number; output: number }) => `$${r.input} / $${r.output}`;
  const lists: [string, string[]][] = [
    [t('feed.added'), report.added.map((a) => `${a.modelId} (${a.seller})`)],
    [t('feed.updated'), report.updated.map((u) => `${u.modelId} (${u.seller}), ${u.from}`)],
    [
      t('feed.disagreements'),
      report.disagreements.map((d) => t('feed.disagreement', [d.modelId, d.seller, d.day, rates(d.bundled), rates(d.feed)])),
    ],
    [t('feed.rejected'), report.rejected.map((r) => `${r.provider}/${r.model}: ${r.reason}`)],
  ];
  return (
    <>
      {lists
        .filter(([, items]) => items.length > 0)
        .map(([title, items]) => (
          <details key={title}>
            <summary>
              {title} ({items.length})
            </summary>
            <ul class="small">
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </details>
        ))}
    </>
  );
}

export function PricesSection({ state, bundledVersion, onEnable, onDisable, onCheckNow, notifications }: PricesSectionProps) {
  const { t, locale } = useLocalization();
  const [busy, setBusy] = useState(false);
  const [declined, setDeclined] = useState(false);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const run = async (step: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await step();
    } finally {
      setBusy(false);
    }
  };
  const toggle = (on: boolean) =>
    void run(async () => {
      setDeclined(false);
      if (!on) return onDisable();
      const granted = await onEnable();
      setDeclined(!granted);
    });
  const enabled = state?.enabled ?? false;
  const error = state?.lastError === 'permission' ? t('feed.permission') : state?.lastError;
  return (
    <section id="prices" aria-labelledby="prices-title">
      <h2 id="prices-title">{t('feed.title')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={enabled}
          disabled={busy || state === undefined}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        <span>{t('feed.toggle')}</span>
      </label>
      <p class="muted small">{t('feed.explain')}</p>
      {declined && <p role="alert">{t('feed.declined')}</p>}
      {!enabled && <p>{t('feed.off', [bundledVersion])}</p>}
      {enabled && (
        <div aria-live="polite">
          <p>{state?.lastGood ? t('feed.lastGood', [when(state.lastGood)]) : t('feed.never')}</p>
          {error && (
            <p role="alert" class="error">
              {t(state?.text ? 'feed.failed' : 'feed.failedNever', [error])}
            </p>
          )}
          {state?.report && (
            <>
              <p>
                {t('feed.summary', [
                  state.report.added.length,
                  state.report.updated.length,
                  state.report.disagreements.length,
                  state.report.rejected.length,
                ])}
              </p>
              <ReportLists report={state.report} />
            </>
          )}
          <button type="button" disabled={busy} onClick={() => void run(onCheckNow)}>
            {busy ? t('feed.checking') : t('feed.checkNow')}
          </button>
        </div>
      )}
      {notifications && <PriceNotificationsSwitch {...notifications} />}
    </section>
  );
}
