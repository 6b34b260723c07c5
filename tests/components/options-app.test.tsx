// The options page lists the workload presets and tells where the price data comes from.
// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/OptionsApp';
import { defaultPresets } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';

afterEach(cleanup);

describe('OptionsApp', () => {
  it('lists every preset with its numbers', () => {
    render(<OptionsApp catalog={testCatalog} presets={defaultPresets} />);
    for (const preset of defaultPresets) expect(screen.getByRole('rowheader', { name: new RegExp(preset.name) })).toBeTruthy();
    const agent = screen.getByRole('rowheader', { name: /Tool-call-heavy agent/ }).closest('tr')!;
    expect(agent.textContent).toContain('12K');
  });

  it('tells the catalog version, counts and sources', () => {
    render(<OptionsApp catalog={testCatalog} presets={defaultPresets} />);
    expect(screen.getByText(/models from 1 vendor, prices checked up to 2026-11-27/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Acme AI' }).getAttribute('href')).toBe('https://example.com/pricing');
  });
});
