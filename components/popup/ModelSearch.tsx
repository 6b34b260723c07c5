// A keyboard-driven search of the whole catalog (name, API id or alias): arrow keys move, Enter picks, Escape clears.
import { useMemo, useState } from 'preact/hooks';
import type { Model } from '../../pricing-data/schema';
import type { Catalog } from '../../pricing-data/validate';
import { priceStanding, searchModels, vendorName } from '../../utils/catalog';
import { describeStanding } from '../../utils/tag-view';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { useFormatters } from '../hooks';

export function ModelSearch({
  catalog,
  day,
  onPick,
  id,
  initialQuery = '',
}: {
  catalog: Catalog;
  day: string;
  onPick(model: Model): void;
  id: string;
  initialQuery?: string;
}) {
  const { t, locale } = useLocalization();
  const rateUnit = useSettingsStore((s) => s.settings.rateUnit);
  const currency = useSettingsStore((s) => s.settings.currency);
  const format = useFormatters();
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchModels(catalog, query, 8), [catalog, query]);
  const listId = `${id}-results`;
  const open = query.trim() !== '' && results.length > 0;

  const pick = (model: Model | undefined) => {
    if (!model) return;
    onPick(model);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <div class="search">
      <label for={id} class="field-label">
        {t('popup.search.label')}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        // Preact's types want `list` on a search combobox; the results are an ARIA listbox instead.
        list={undefined}
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={t('popup.search.placeholder')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p class="sr-only" aria-live="polite">
        {query.trim() === ''
          ? ''
          : results.length > 0
            ? t('popup.search.results', results.length)
            : t('popup.search.none', [query])}
      </p>
      {open && (
        <ul id={listId} role="listbox" class="results" aria-label={t('popup.search.label')}>
          {results.map((model, i) => {
            const standing = priceStanding(model, day);
            const period = standing.kind === 'regular' || standing.kind === 'promotional' ? standing.period : undefined;
            return (
              <li
                key={model.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                data-model-id={model.id}
                class={i === active ? 'active' : ''}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(model)}
                onMouseEnter={() => setActive(i)}
              >
                <span class="name">{model.name}</span>
                <span class="muted small">
                  {vendorName(catalog, model.vendor)} · <span class="id">{model.id}</span>
                </span>
                <span class="num small">
                  {period
                    ? `${format.rate(period.input)} / ${format.rate(period.output)}`
                    : standing.kind === 'retired'
                      ? t('common.retired')
                      : standing.kind === 'ended'
                        ? t('price.notConfirmedLabel')
                        : describeStanding(standing, { t, locale, currency, rateUnit })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {query.trim() !== '' && results.length === 0 && <p class="muted small">{t('popup.search.none', [query])}</p>}
    </div>
  );
}
