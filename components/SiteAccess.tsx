// The popup's word on the current site: tagged by default, granted by the user, or off (with the button to grant it).
import { useState } from 'preact/hooks';

export type SiteState =
  | { kind: 'default'; host: string; siteName: string }
  | { kind: 'granted'; host: string; pattern: string }
  | { kind: 'off'; host: string; pattern: string }
  /** Not a web page (a browser page, a local file): TokenTag cannot run there. */
  | { kind: 'unavailable' };

export function SiteAccess({
  site,
  onGrant,
  onRevoke,
}: {
  site: SiteState;
  /** Asks the browser for the site; resolves to whether the user allowed it. */
  onGrant(pattern: string): Promise<boolean>;
  onRevoke(pattern: string): Promise<void>;
}) {
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
      <h2 id="this-site">This site</h2>
      {site.kind === 'default' && (
        <p class="muted">
          TokenTag tags model names on {site.host} ({site.siteName}) by default.
        </p>
      )}
      {site.kind === 'granted' && (
        <p>
          You allowed TokenTag on {site.host}.{' '}
          <button type="button" class="link" onClick={() => void run(() => onRevoke(site.pattern))} disabled={state === 'asking'}>
            Stop running here
          </button>
        </p>
      )}
      {site.kind === 'off' && (
        <div>
          <p class="muted" style={{ margin: '0 0 6px' }}>
            TokenTag runs on vendor pages only. It can tag model names on {site.host} too, if you allow it to read this site.
          </p>
          <button
            type="button"
            class="primary"
            onClick={() => void run(() => onGrant(site.pattern))}
            disabled={state === 'asking'}
          >
            {state === 'asking' ? 'Waiting for your answer…' : `Run on ${site.host}`}
          </button>
          {state === 'denied' && <p role="status">Not allowed: TokenTag stays off on {site.host}.</p>}
        </div>
      )}
      {state === 'error' && (
        <p role="alert" class="badge-unknown">
          {message}
        </p>
      )}
    </section>
  );
}
