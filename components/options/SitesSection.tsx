// Sites: the vendor pages TokenTag runs on by default (each can be switched off), and the other sites the user granted.
import { useState } from 'preact/hooks';
import { siteHostProblem, typedHost } from '../../utils/site-input';
import { defaultSites, isDefaultPattern } from '../../utils/sites';
import { siteAddress } from '../../utils/web-origin';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { runAction } from '../hooks';

export interface SitesSectionProps {
  /** Origins granted beyond the defaults (`https://example.org/*`). */
  granted: readonly string[];
  onGrant(pattern: string): Promise<boolean>;
  onRevoke(pattern: string): Promise<void>;
}

export function SitesSection({ granted, onGrant, onRevoke }: SitesSectionProps) {
  const { t } = useLocalization();
  const disabled = useSettingsStore((s) => s.settings.disabledSites);
  const update = useSettingsStore((s) => s.update);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');

  // A grant, revocation or settings write that fails is said next to the address box, not swallowed.
  const act = (context: string, action: () => Promise<unknown>) =>
    runAction(context, action, (failure) => setMessage(t('common.saveFailed', [failure])));

  const allow = (event: Event) => {
    event.preventDefault();
    const typed = typedHost(address);
    if (typed !== '' && siteHostProblem(typed)) return setMessage(t('options.sites.tooBroad', [typed]));
    const site = siteAddress(address);
    if (!site) return setMessage(t('options.sites.invalid'));
    if (siteHostProblem(site.host)) return setMessage(t('options.sites.tooBroad', [site.host]));
    const { host, pattern } = site;
    if (isDefaultPattern(pattern)) return setMessage(t('options.sites.isDefault', [host]));
    // Requested straight from the submit (before any await), as browsers require for a permission prompt.
    act(`grant ${pattern}`, async () => {
      const allowed = await onGrant(pattern);
      setMessage(allowed ? '' : t('options.sites.denied', [host]));
      if (allowed) setAddress('');
    });
  };

  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options.nav.sites')}</h2>
      <h3>{t('options.sites.defaults')}</h3>
      <p class="muted small">{t('options.sites.defaultsHint')}</p>
      <ul class="sites">
        {defaultSites.map((site) => (
          <li key={site.id} data-site-id={site.id}>
            <label>
              <input
                type="checkbox"
                checked={!disabled.includes(site.id)}
                onChange={(e) => {
                  const disabledSites = e.currentTarget.checked
                    ? disabled.filter((id) => id !== site.id)
                    : [...disabled, site.id];
                  act(`switch ${site.id}`, () => update({ disabledSites }));
                }}
              />{' '}
              {site.name}
            </label>
            <span class="muted small">
              {site.patterns.map((p) => p.replace(/^https:\/\//, '').replace(/\/\*$/, '')).join(', ')}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('options.sites.granted')}</h3>
      {granted.length === 0 ? (
        <p class="muted">{t('options.sites.none')}</p>
      ) : (
        <ul class="sites">
          {granted.map((pattern) => (
            <li key={pattern}>
              <span>{pattern.replace(/\/\*$/, '')}</span>
              <button type="button" onClick={() => act(`revoke ${pattern}`, () => onRevoke(pattern))}>
                {t('options.sites.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="toolbar" onSubmit={allow}>
        <label for="site-address" class="field-label">
          {t('options.sites.add')}
        </label>
        <input
          id="site-address"
          type="url"
          placeholder={t('options.sites.addPlaceholder')}
          value={address}
          onInput={(e) => {
            setAddress(e.currentTarget.value);
            setMessage('');
          }}
        />
        <button type="submit">{t('options.sites.allow')}</button>
        {message && (
          <span role="alert" class="warn small">
            {message}
          </span>
        )}
      </form>
    </section>
  );
}
