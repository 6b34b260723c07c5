// Options → Your prices: overrides of any offer's rates, a discount per seller, and custom models, each deletable with undo.
import { useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { vendorName } from '../../utils/catalog';
import { sellerName } from '../../utils/offers';
import {
  CUSTOM_SELLER,
  customModelSchema,
  MAX_USER_RATE,
  parseAliasesInput,
  parsePercentInput,
  parseRateInput,
  sameOffer,
  type CustomModel,
  type InputProblem,
  type RateOverride,
  type UserPrices,
} from '../../utils/user-prices';
import { logger } from '../../extension/log';
import { StorageRefusal } from '../../extension/storage';
import { useLocalization } from '../../extension/stores/settings';
import { useUserPricesStore } from '../../extension/stores/user-prices';

const log = logger('options');

type Translate = ReturnType<typeof useLocalization>['t'];
type Kind = 'rates' | 'discounts' | 'customModels';

/** A deleted entry and where it stood, so that Delete can be undone. */
interface Removed {
  kind: Kind;
  index: number;
  entry: UserPrices[Kind][number];
  label: string;
}

const rateRange = MAX_USER_RATE.toLocaleString('en');
const money = (usd: number | undefined) => (usd === undefined ? '–' : `$${usd}`);

function rateProblemText(problem: InputProblem, t: Translate): string {
  if (problem === 'required') return t('yourPrices.errors.required');
  return t('yourPrices.errors.rate', [rateRange]);
}

/** The sellers of a model: its creator's own API and each offer (with its region). */
function offersOf(catalog: Catalog, modelId: string): { seller: string; region?: string; label: string }[] {
  const model = catalog.models.find((m) => m.id === modelId);
  if (!model) return [];
  return [
    { seller: model.vendor, label: vendorName(catalog, model.vendor) },
    ...model.offers.map((o) => ({
      seller: o.seller,
      ...(o.region ? { region: o.region } : {}),
      label: o.region ? `${sellerName(catalog, o.seller)} (${o.region})` : sellerName(catalog, o.seller),
    })),
  ];
}

/** A labelled number field with its stated range and its problem, if any. */
function NumberField(props: {
  id: string;
  label: string;
  value: string;
  help: string;
  problem?: string;
  placeholder?: string;
  onInput(value: string): void;
}) {
  return (
    <div class="field">
      <label for={props.id} class="field-label">
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        value={props.value}
        placeholder={props.placeholder}
        aria-invalid={props.problem !== undefined}
        aria-describedby={`${props.id}-help${props.problem ? ` ${props.id}-error` : ''}`}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <p class="help" id={`${props.id}-help`}>
        {props.help}
      </p>
      {props.problem && (
        <p class="error" id={`${props.id}-error`} role="alert">
          {props.problem}
        </p>
      )}
    </div>
  );
}

function OverrideForm({ catalog, onAdd }: { catalog: Catalog; onAdd(override: RateOverride): Promise<boolean> }) {
  const { t } = useLocalization();
  const models = catalog.models.filter((m) => m.vendor !== CUSTOM_SELLER).sort((a, b) => a.name.localeCompare(b.name));
  const [modelId, setModelId] = useState('');
  const [offer, setOffer] = useState(0);
  const [values, setValues] = useState({ input: '', output: '', cachedInput: '' });
  const [problems, setProblems] = useState<Partial<Record<keyof typeof values | 'form', string>>>({});
  const offers = offersOf(catalog, modelId);
  const chosen = offers[offer];
  const listed = (() => {
    const model = catalog.models.find((m) => m.id === modelId);
    if (!model || !chosen) return undefined;
    const list =
      chosen.seller === model.vendor && !chosen.region
        ? model.prices
        : model.offers.find((o) => sameOffer({ modelId, ...o }, { modelId, ...chosen }))?.prices;
    const current = list?.at(-1);
    return current?.list ?? current;
  })();
  const submit = async (event: Event) => {
    event.preventDefault();
    const next: typeof problems = {};
    const parsed = Object.fromEntries(
      (['input', 'output', 'cachedInput'] as const).map((field) => {
        const result = parseRateInput(values[field]);
        if (result.problem) next[field] = rateProblemText(result.problem, t);
        return [field, result.value];
      }),
    ) as Record<'input' | 'output' | 'cachedInput', number | undefined>;
    if (!modelId || !chosen) next.form = t('yourPrices.errors.pickModel');
    else if (Object.keys(next).length === 0 && Object.values(parsed).every((v) => v === undefined))
      next.form = t('yourPrices.errors.atLeastOne');
    setProblems(next);
    if (Object.keys(next).length > 0 || !chosen) return;
    const override: RateOverride = {
      modelId,
      seller: chosen.seller,
      ...(chosen.region ? { region: chosen.region } : {}),
      ...Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)),
    };
    if (await onAdd(override)) setValues({ input: '', output: '', cachedInput: '' });
  };
  return (
    <form class="editor" onSubmit={(e) => void submit(e)} noValidate aria-label={t('yourPrices.overrides.add')}>
      <div class="fields">
        <div class="field">
          <label for="override-model" class="field-label">
            {t('yourPrices.model')}
          </label>
          <select
            id="override-model"
            value={modelId}
            onInput={(e) => {
              setModelId(e.currentTarget.value);
              setOffer(0);
            }}
          >
            <option value="">{t('yourPrices.pickModel')}</option>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.id})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="override-seller" class="field-label">
            {t('yourPrices.seller')}
          </label>
          <select
            id="override-seller"
            value={String(offer)}
            disabled={offers.length === 0}
            onInput={(e) => setOffer(Number(e.currentTarget.value))}
          >
            {offers.map((o, i) => (
              <option key={`${o.seller}|${o.region ?? ''}`} value={String(i)}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {(['input', 'output', 'cachedInput'] as const).map((field) => (
          <NumberField
            key={field}
            id={`override-${field}`}
            label={t(`yourPrices.rates.${field}`)}
            value={values[field]}
            placeholder={listed?.[field] === undefined ? '' : String(listed[field])}
            help={t('yourPrices.rateHelp', [rateRange])}
            problem={problems[field]}
            onInput={(value) => setValues((v) => ({ ...v, [field]: value }))}
          />
        ))}
      </div>
      {problems.form && (
        <p class="error" role="alert">
          {problems.form}
        </p>
      )}
      <button type="submit">{t('yourPrices.overrides.add')}</button>
    </form>
  );
}

function DiscountForm({ catalog, onAdd }: { catalog: Catalog; onAdd(seller: string, percent: number): Promise<boolean> }) {
  const { t } = useLocalization();
  const sellers = [
    ...catalog.vendors.map((v) => ({ id: v.id, name: v.name })),
    ...catalog.sellers.filter((s) => s.id !== CUSTOM_SELLER).map((s) => ({ id: s.id, name: s.name })),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const [seller, setSeller] = useState('');
  const [percent, setPercent] = useState('');
  const [problem, setProblem] = useState<string>();
  const [formProblem, setFormProblem] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parsePercentInput(percent);
    setProblem(
      parsed.problem ? t(parsed.problem === 'required' ? 'yourPrices.errors.required' : 'yourPrices.errors.percent') : undefined,
    );
    setFormProblem(seller ? undefined : t('yourPrices.errors.pickSeller'));
    if (parsed.value === undefined || !seller) return;
    if (await onAdd(seller, parsed.value)) setPercent('');
  };
  return (
    <form class="editor" onSubmit={(e) => void submit(e)} noValidate aria-label={t('yourPrices.discounts.add')}>
      <div class="fields">
        <div class="field">
          <label for="discount-seller" class="field-label">
            {t('yourPrices.seller')}
          </label>
          <select id="discount-seller" value={seller} onInput={(e) => setSeller(e.currentTarget.value)}>
            <option value="">{t('yourPrices.pickSeller')}</option>
            {sellers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          id="discount-percent"
          label={t('yourPrices.discounts.percent')}
          value={percent}
          help={t('yourPrices.discounts.help')}
          problem={problem}
          onInput={setPercent}
        />
      </div>
      {formProblem && (
        <p class="error" role="alert">
          {formProblem}
        </p>
      )}
      <button type="submit">{t('yourPrices.discounts.add')}</button>
    </form>
  );
}

const emptyCustom = { id: '', name: '', aliases: '', input: '', output: '', cachedInput: '', reasoning: false };

function CustomModelForm({ catalog, onAdd }: { catalog: Catalog; onAdd(model: CustomModel): Promise<boolean> }) {
  const { t } = useLocalization();
  const [draft, setDraft] = useState(emptyCustom);
  const [problems, setProblems] = useState<Partial<Record<keyof typeof emptyCustom, string>>>({});
  const set = (field: keyof typeof emptyCustom, value: string | boolean) => setDraft((d) => ({ ...d, [field]: value }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const next: typeof problems = {};
    const id = draft.id.trim();
    const name = draft.name.trim();
    const aliases = parseAliasesInput(draft.aliases);
    if (!/^[a-z0-9][a-z0-9.:_-]*$/.test(id)) next.id = t('yourPrices.errors.id');
    if (name.length === 0 || name.length > 80) next.name = t('yourPrices.errors.name');
    if (aliases.length > 10 || aliases.some((a) => a.length < 3 || a.length > 80)) next.aliases = t('yourPrices.errors.aliases');
    const taken = new Set(
      catalog.models
        .filter((m) => m.vendor !== CUSTOM_SELLER)
        .flatMap((m) => [m.id, m.name, ...m.aliases].map((s) => s.toLowerCase())),
    );
    if (!next.id && taken.has(id)) next.id = t('yourPrices.errors.taken');
    if (!next.name && taken.has(name.toLowerCase())) next.name = t('yourPrices.errors.taken');
    if (!next.aliases && aliases.some((a) => taken.has(a.toLowerCase()))) next.aliases = t('yourPrices.errors.taken');
    const rates = {
      input: parseRateInput(draft.input, true),
      output: parseRateInput(draft.output, true),
      cachedInput: parseRateInput(draft.cachedInput),
    };
    for (const [field, result] of Object.entries(rates))
      if (result.problem) next[field as 'input'] = rateProblemText(result.problem, t);
    setProblems(next);
    if (Object.keys(next).length > 0) return;
    const model = customModelSchema.safeParse({
      id,
      name,
      aliases,
      input: rates.input.value,
      output: rates.output.value,
      ...(rates.cachedInput.value === undefined ? {} : { cachedInput: rates.cachedInput.value }),
      reasoning: draft.reasoning,
    });
    if (!model.success) {
      log.warn('a custom model passed the form but not its schema', model.error.message);
      setProblems({ id: model.error.issues[0]?.message ?? 'invalid' });
      return;
    }
    if (await onAdd(model.data)) setDraft(emptyCustom);
  };
  const text = (field: 'id' | 'name' | 'aliases', help: string) => (
    <div class="field">
      <label for={`custom-${field}`} class="field-label">
        {t(`yourPrices.custom.${field}`)}
      </label>
      <input
        id={`custom-${field}`}
        type="text"
        value={draft[field]}
        maxLength={field === 'aliases' ? 900 : 80}
        aria-invalid={problems[field] !== undefined}
        aria-describedby={`custom-${field}-help${problems[field] ? ` custom-${field}-error` : ''}`}
        onInput={(e) => set(field, e.currentTarget.value)}
      />
      <p class="help" id={`custom-${field}-help`}>
        {help}
      </p>
      {problems[field] && (
        <p class="error" id={`custom-${field}-error`} role="alert">
          {problems[field]}
        </p>
      )}
    </div>
  );
  return (
    <form class="editor" onSubmit={(e) => void submit(e)} noValidate aria-label={t('yourPrices.custom.add')}>
      <div class="fields">
        {text('id', t('yourPrices.custom.idHelp'))}
        {text('name', t('yourPrices.custom.nameHelp'))}
        {text('aliases', t('yourPrices.custom.aliasesHelp'))}
        {(['input', 'output', 'cachedInput'] as const).map((field) => (
          <NumberField
            key={field}
            id={`custom-${field}`}
            label={t(`yourPrices.rates.${field}`)}
            value={draft[field]}
            help={t(field === 'cachedInput' ? 'yourPrices.rateHelp' : 'yourPrices.rateHelpRequired', [rateRange])}
            problem={problems[field]}
            onInput={(value) => set(field, value)}
          />
        ))}
        <div class="field">
          <label>
            <input type="checkbox" checked={draft.reasoning} onChange={(e) => set('reasoning', e.currentTarget.checked)} />{' '}
            {t('yourPrices.custom.reasoning')}
          </label>
        </div>
      </div>
      <button type="submit">{t('yourPrices.custom.add')}</button>
    </form>
  );
}

export interface YourPricesSectionProps {
  catalog: Catalog;
}

export function YourPricesSection({ catalog }: YourPricesSectionProps) {
  const { t } = useLocalization();
  const prices = useUserPricesStore((s) => s.prices);
  const change = useUserPricesStore((s) => s.change);
  const [status, setStatus] = useState<string>();
  const [removed, setRemoved] = useState<Removed>();
  const modelName = (id: string) => catalog.models.find((m) => m.id === id)?.name ?? id;
  const sellerOf = (id: string) => sellerName(catalog, id);

  /** Writes a change; says what went wrong (in the UI's language where it can) instead of losing it silently. */
  const save = async (edit: (p: UserPrices) => UserPrices, done: string): Promise<boolean> => {
    try {
      await change(edit);
      setStatus(done);
      return true;
    } catch (error) {
      log.warn('your prices not saved', error);
      const message = error instanceof Error ? error.message : String(error);
      setStatus(
        error instanceof StorageRefusal && error.code === 'newer'
          ? t('options.save.refusedNewer')
          : error instanceof StorageRefusal && error.code === 'inPlace'
            ? t('options.save.refusedInPlace')
            : t('options.save.failed', [message]),
      );
      return false;
    }
  };

  const remove = async (kind: Kind, index: number, label: string) => {
    const entry = prices[kind][index];
    if (!entry) return;
    const ok = await save((p) => ({ ...p, [kind]: p[kind].filter((_, i) => i !== index) }), t('yourPrices.deleted', [label]));
    if (ok) setRemoved({ kind, index, entry, label });
  };
  const undo = async () => {
    if (!removed) return;
    const { kind, index, entry, label } = removed;
    const ok = await save(
      (p) => ({ ...p, [kind]: [...p[kind].slice(0, index), entry, ...p[kind].slice(index)] }),
      t('yourPrices.restored', [label]),
    );
    if (ok) setRemoved(undefined);
  };

  const overrideLabel = (o: RateOverride) => `${modelName(o.modelId)} · ${sellerOf(o.seller)}${o.region ? ` (${o.region})` : ''}`;
  const ratesText = (r: { input?: number; output?: number; cachedInput?: number }) =>
    t('yourPrices.ratesLine', [money(r.input), money(r.output), money(r.cachedInput)]);

  const row = (kind: Kind, index: number, label: string, detail: string) => (
    <li key={`${kind}-${index}-${label}`} data-your-price={kind}>
      <span>
        <strong>{label}</strong> <span class="muted">{detail}</span>
      </span>{' '}
      <button type="button" onClick={() => void remove(kind, index, label)} aria-label={t('yourPrices.deleteNamed', [label])}>
        {t('yourPrices.delete')}
      </button>
    </li>
  );

  return (
    <section id="your-prices" aria-labelledby="your-prices-title">
      <h2 id="your-prices-title">{t('yourPrices.title')}</h2>
      <p class="muted">{t('yourPrices.explain')}</p>
      {status && (
        <p role="status" class="small" data-your-prices-status>
          {status}{' '}
          {removed && (
            <button type="button" onClick={() => void undo()}>
              {t('yourPrices.undo')}
            </button>
          )}
        </p>
      )}

      <h3>{t('yourPrices.overrides.title')}</h3>
      {prices.rates.length === 0 ? (
        <p class="muted small">{t('yourPrices.overrides.empty')}</p>
      ) : (
        <ul class="your-prices-list">{prices.rates.map((o, i) => row('rates', i, overrideLabel(o), ratesText(o)))}</ul>
      )}
      <OverrideForm
        catalog={catalog}
        onAdd={(override) =>
          save(
            (p) => ({ ...p, rates: [...p.rates.filter((o) => !sameOffer(o, override)), override] }),
            t('yourPrices.savedNamed', [overrideLabel(override)]),
          )
        }
      />

      <h3>{t('yourPrices.discounts.title')}</h3>
      {prices.discounts.length === 0 ? (
        <p class="muted small">{t('yourPrices.discounts.empty')}</p>
      ) : (
        <ul class="your-prices-list">
          {prices.discounts.map((d, i) => row('discounts', i, sellerOf(d.seller), t('yourPrices.discounts.line', [d.percent])))}
        </ul>
      )}
      <DiscountForm
        catalog={catalog}
        onAdd={(seller, percent) =>
          save(
            (p) => ({ ...p, discounts: [...p.discounts.filter((d) => d.seller !== seller), { seller, percent }] }),
            t('yourPrices.savedNamed', [sellerOf(seller)]),
          )
        }
      />

      <h3>{t('yourPrices.custom.title')}</h3>
      {prices.customModels.length === 0 ? (
        <p class="muted small">{t('yourPrices.custom.empty')}</p>
      ) : (
        <ul class="your-prices-list">
          {prices.customModels.map((m, i) =>
            row('customModels', i, m.name, `${[m.id, ...m.aliases].join(', ')} · ${ratesText(m)}`),
          )}
        </ul>
      )}
      <CustomModelForm
        catalog={catalog}
        onAdd={(model) =>
          save(
            (p) => ({ ...p, customModels: [...p.customModels.filter((m) => m.id !== model.id), model] }),
            t('yourPrices.savedNamed', [model.name]),
          )
        }
      />
    </section>
  );
}
