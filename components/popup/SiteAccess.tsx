// The popup's word on the current site: tagged by default, switched off, granted by the user, or off (with the button to grant it).
import { useState } from 'preact/hooks';
import { useLocalization } from '../../extension/stores/settings';

export type SiteState =
  | { kind: 'default'; host: string; siteName: string; siteId: string }
  | { kind: 'granted'; host: string; pattern: string }
  | { kind: 'off'; host: string; pattern: string }
  /** Not a web page (a browser page, a local file): TokenTag cannot run there. */
  | { kind: 'unavailable' };

export function SiteAccess({
  site,
  disabledSites,
  onGrant,
  onRevoke,
}: {
  site: SiteState;
  disabledSites: readonly string[];
  /** Asks the browser for the site; resolves to whether the user allowed it. */
  onGrant(pattern: string): Promise<boolean>;
  onRevoke(pattern: string): Promise<void>;
}) {
  const { t } = useLocalization();
  const [state, setState] = useState<'idle' | 'asking' | 'denied' | 'error'>('idle');
  const [message, setMessage] = useState('');
  if (site.kind === 'unavailable') return null;

  const run = async (action: () => Promise<boolean | void>) => {
    setState('asking');
    try {
      const allowed = await action();
      setState(allowed === false ? 'denied' : 'idle');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
      setState('error');
    }
  };

  return (
    <section aria-labelledby="this-site" class="site">
      <h2 id="this-site">{t('popup.site.title')}</h2>
      {site.kind === 'default' &&
        (disabledSites.includes(site.siteId) ? (
          <p class="muted">{t('popup.site.defaultOff', [site.host])}</p>
        ) : (
          <p class="muted">{t('popup.site.default', [site.host, site.siteName])}</p>
        ))}
      {site.kind === 'granted' && (
        <p>
          {t('popup.site.granted', [site.host])}{' '}
          <button type="button" class="link" onClick={() => void run(() => onRevoke(site.pattern))} disabled={state === 'asking'}>
            {t('popup.site.stop')}
          </button>
        </p>
      )}
      {site.kind === 'off' && (
        <div>
          <p class="muted">{t('popup.site.offHint', [site.host])}</p>
          <button
            type="button"
            class="primary"
            onClick={() => void run(() => onGrant(site.pattern))}
            disabled={state === 'asking'}
          >
            {state === 'asking' ? t('popup.site.asking') : t('popup.site.run', [site.host])}
          </button>
          {state === 'denied' && <p role="status">{t('popup.site.denied', [site.host])}</p>}
        </div>
      )}
      {state === 'error' && (
        <p role="alert" class="warn">
          {message}
        </p>
      )}
    </section>
  );
}
