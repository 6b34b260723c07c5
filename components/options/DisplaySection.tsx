// Display settings: currency with an editable exchange rate and its date, per-1M or per-1K prices, what tags show (and in code, and how often), language.
import { useEffect, useRef, useState } from 'preact/hooks';
import { currencyCodes, parsePerUsd, referenceCurrency, REFERENCE_RATES_SOURCE } from '../../utils/currencies';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';

export function DisplaySection() {
  const { t, locale } = useLocalization();
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const [rate, setRate] = useState(String(settings.currency.perUsd));
  const rateInput = useRef<HTMLInputElement>(null);
  // The stored rate replaces the text only when the user is not typing in it: a write of an earlier
  // keystroke coming back from storage must not overwrite what was typed since.
  useEffect(() => {
    if (document.activeElement === rateInput.current && parsePerUsd(rateInput.current?.value ?? '') !== undefined) return;
    setRate(String(settings.currency.perUsd));
  }, [settings.currency.perUsd, settings.currency.code]);
  const rateValid = parsePerUsd(rate) !== undefined;
  const names = new Intl.DisplayNames([locale], { type: 'currency' });

  return (
    <section id="display" aria-labelledby="display-title">
      <h2 id="display-title">{t('options.nav.display')}</h2>
      <div class="fields">
        <div class="field">
          <label for="currency" class="field-label">
            {t('options.display.currency')}
          </label>
          <select
            id="currency"
            value={settings.currency.code}
            onInput={(e) => void update({ currency: referenceCurrency(e.currentTarget.value)! })}
          >
            {currencyCodes.map((code) => (
              <option key={code} value={code}>
                {code} — {names.of(code)}
              </option>
            ))}
          </select>
        </div>
        {settings.currency.code !== 'USD' && (
          <>
            <div class="field">
              <label for="rate" class="field-label">
                {t('options.display.rate', [settings.currency.code])}
              </label>
              <input
                id="rate"
                type="number"
                inputMode="decimal"
                min="0"
                step="any"
                ref={rateInput}
                value={rate}
                aria-invalid={!rateValid}
                aria-describedby="rate-help"
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  setRate(text);
                  const perUsd = parsePerUsd(text);
                  if (perUsd !== undefined) void update({ currency: { ...settings.currency, perUsd } });
                }}
              />
              {!rateValid && (
                <p class="error" role="alert">
                  {t('options.display.rateInvalid')}
                </p>
              )}
              <p class="help" id="rate-help">
                {t('options.display.rateSource', [REFERENCE_RATES_SOURCE.date])}{' '}
                <a href={REFERENCE_RATES_SOURCE.url} target="_blank" rel="noreferrer">
                  ECB
                </a>
              </p>
            </div>
            <div class="field">
              <label for="rate-date" class="field-label">
                {t('options.display.rateDate')}
              </label>
              <input
                id="rate-date"
                type="date"
                value={settings.currency.asOf ?? ''}
                onInput={(e) => void update({ currency: { ...settings.currency, asOf: e.currentTarget.value || undefined } })}
              />
            </div>
          </>
        )}
        <fieldset class="field field-wide">
          <legend class="field-label">{t('options.display.unit')}</legend>
          <div class="choice">
            {(['per-million', 'per-thousand'] as const).map((unit) => (
              <label key={unit}>
                <input
                  type="radio"
                  name="unit"
                  value={unit}
                  checked={settings.rateUnit === unit}
                  onChange={() => void update({ rateUnit: unit })}
                />{' '}
                {t(unit === 'per-million' ? 'options.display.perMillion' : 'options.display.perThousand')}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field field-wide">
          <legend class="field-label">{t('options.display.tag')}</legend>
          <div class="choice">
            {(['prices', 'preset-cost'] as const).map((display) => (
              <label key={display}>
                <input
                  type="radio"
                  name="tag"
                  value={display}
                  checked={settings.tagDisplay === display}
                  onChange={() => void update({ tagDisplay: display })}
                />{' '}
                {t(display === 'prices' ? 'options.display.tagPrices' : 'options.display.tagPreset')}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field field-wide">
          <legend class="field-label">{t('options.display.codeTags')}</legend>
          <div class="choice">
            {(
              [
                ['marker', 'options.display.codeTagsMarker'],
                ['none', 'options.display.codeTagsNone'],
                ['full', 'options.display.codeTagsFull'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="code-tags"
                  value={value}
                  checked={settings.codeTags === value}
                  onChange={() => void update({ codeTags: value })}
                />{' '}
                {t(label)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field field-wide">
          <legend class="field-label">{t('options.display.tagDensity')}</legend>
          <div class="choice">
            {(
              [
                ['first-per-section', 'options.display.densityFirst'],
                ['every', 'options.display.densityEvery'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="tag-density"
                  value={value}
                  checked={settings.tagDensity === value}
                  onChange={() => void update({ tagDensity: value })}
                />{' '}
                {t(label)}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="language" class="field-label">
            {t('options.display.language')}
          </label>
          <select
            id="language"
            value={settings.language}
            onInput={(e) => void update({ language: e.currentTarget.value as typeof settings.language })}
          >
            <option value="auto">{t('options.display.languageAuto')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="zh_CN" lang="zh-CN">
              简体中文
            </option>
          </select>
        </div>
      </div>
    </section>
  );
}
