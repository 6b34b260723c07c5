// The toolbar popup: the models the current page names, with their prices, and a catalog look-up.
import { useMemo, useState } from 'preact/hooks';
import type { Catalog } from '../pricing-data/validate';
import { findModel, searchModels } from '../utils/catalog';
import type { PageModels } from '../utils/tab-models';
import { ModelPriceTable, type ModelPriceRow } from './ModelPriceTable';
import { SiteAccess, type SiteState } from './SiteAccess';

export type PageState =
  { status: 'loading' } | { status: 'ready'; page: PageModels | null } | { status: 'error'; message: string };

export interface PopupAppProps {
  catalog: Catalog;
  today: string;
  page: PageState;
  /** The current site's access, once known. */
  site?: SiteState;
  onGrant?(pattern: string): Promise<boolean>;
  onRevoke?(pattern: string): Promise<void>;
  /** A model to look up at once (`?model=`, from a tag's "Compare" button). */
  initialQuery?: string;
}

export function PopupApp({ catalog, today, page, site, onGrant, onRevoke, initialQuery = '' }: PopupAppProps) {
  const [query, setQuery] = useState(initialQuery);
  const results = useMemo(() => searchModels(catalog, query, 8), [catalog, query]);
  const vendorNames = useMemo(() => new Map(catalog.vendors.map((v) => [v.id, v.name])), [catalog]);

  const pageRows: ModelPriceRow[] =
    page.status === 'ready' && page.page
      ? page.page.models.map((m) => ({
          model: m.known ? findModel(catalog, m.modelId) : undefined,
          label: m.text,
          mentions: m.mentions,
        }))
      : [];

  return (
    <main style={{ width: '420px', padding: '12px 14px 16px' }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <h1>TokenTag</h1>
        <span class="muted" style={{ fontSize: '12px' }}>
          Prices as of {catalog.version} · USD per 1M tokens
        </span>
      </header>

      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">On this page</h2>
        {page.status === 'loading' && (
          <p class="muted" role="status">
            Reading the page…
          </p>
        )}
        {page.status === 'error' && (
          <p role="alert" class="badge-unknown">
            Could not read this tab: {page.message}
          </p>
        )}
        {page.status === 'ready' &&
          (pageRows.length > 0 ? (
            <ModelPriceTable
              rows={pageRows}
              day={today}
              vendorNames={vendorNames}
              caption={`${pageRows.length} models named on this page`}
            />
          ) : (
            <div class="empty">
              <p style={{ margin: 0 }}>No model names found on this page.</p>
              <p class="muted" style={{ margin: '4px 0 0', fontSize: '12px' }}>
                TokenTag reads vendor pricing, model and docs pages. Look up any model below.
              </p>
            </div>
          ))}
      </section>

      {site && onGrant && onRevoke && <SiteAccess site={site} onGrant={onGrant} onRevoke={onRevoke} />}

      <section aria-labelledby="look-up">
        <h2 id="look-up">Look up a model</h2>
        <label for="model-search" class="muted" style={{ display: 'block', fontSize: '12px', marginBottom: '4px' }}>
          Name, API id or alias ({catalog.models.length} models from {catalog.vendors.length} vendors)
        </label>
        <input
          id="model-search"
          type="search"
          autoFocus
          placeholder="e.g. gpt-5.2, Claude Opus 4.5, gemini 2.5 pro"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div aria-live="polite">
          {query.trim() !== '' &&
            (results.length > 0 ? (
              <ModelPriceTable
                rows={results.map((model) => ({ model, label: model.name }))}
                day={today}
                vendorNames={vendorNames}
                caption={`${results.length} matches`}
              />
            ) : (
              <p class="muted">No model in the catalog matches “{query}”.</p>
            ))}
        </div>
      </section>
    </main>
  );
}
