// Options → Prices: the feed's switch asks first, says what happens, and shows status, failures and what changed.
// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PricesSection, type PricesSectionProps } from '../../components/options/PricesSection';
import type { FeedState } from '../../utils/feeds/feed-state';
import { resetStores } from './setup';

const report: NonNullable<FeedState['report']> = {
  added: [{ modelId: 'gpt-feed-only-mini', seller: 'openai' }],
  updated: [{ modelId: 'gpt-5.2', seller: 'openai', from: '2027-01-10' }],
  disagreements: [
    {
      modelId: 'gpt-5.1',
      seller: 'openai',
      day: '2026-11-27',
      bundled: { input: 1.25, output: 10 },
      feed: { input: 1.3, output: 10 },
    },
  ],
  rejected: [{ provider: 'openai', model: 'gpt-broken', reason: 'prices.input_mtok: must not be negative' }],
};

function renderPrices(state: FeedState | undefined, overrides: Partial<PricesSectionProps> = {}) {
  const props = {
    state,
    bundledVersion: '2026-11-27',
    onEnable: vi.fn(async () => true),
    onDisable: vi.fn(async () => undefined),
    onCheckNow: vi.fn(async () => undefined),
    ...overrides,
  };
  render(<PricesSection {...props} />);
  return props;
}

beforeEach(() => resetStores());

describe('PricesSection', () => {
  it('says that nothing is downloaded while off, and what turning it on would download', () => {
    renderPrices({ enabled: false });
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Keep prices current from genai-prices' }).checked).toBe(false);
    expect(screen.getByText(/makes no network request/).textContent).toContain('2026-11-27');
    expect(screen.getByText(/sends nothing about you/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check now' })).toBeNull();
  });

  it('turns on through onEnable, and says so when the browser declines', async () => {
    const props = renderPrices({ enabled: false }, { onEnable: vi.fn(async () => false) });
    fireEvent.click(screen.getByRole('checkbox'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/did not allow/));
    expect(props.onEnable).toHaveBeenCalledOnce();
  });

  it('shows the last update, what it changed, and checks on demand', async () => {
    const props = renderPrices({ enabled: true, lastGood: '2027-01-20T08:00:00.000Z', text: '[]', report });
    expect(screen.getByText(/Last updated/).textContent).toContain('2027');
    expect(screen.getByText(/1 added, 1 newer prices, 1 disagreements, 1 entries skipped/)).toBeTruthy();
    expect(
      screen.getByText(/gpt-5.1 \(openai\) on 2026-11-27: TokenTag \$1.25 \/ \$10, genai-prices \$1.3 \/ \$10/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(props.onCheckNow).toHaveBeenCalledOnce());
  });

  it('says a failed check kept the previous prices, or that none were ever downloaded', () => {
    renderPrices({ enabled: true, lastGood: '2027-01-20T08:00:00.000Z', text: '[]', lastError: 'network: Failed to fetch' });
    expect(screen.getByRole('alert').textContent).toBe(
      'The last check failed: network: Failed to fetch. The previous prices are kept.',
    );
  });

  it('turns off through onDisable', async () => {
    const props = renderPrices({ enabled: true, lastError: 'permission' });
    expect(screen.getByRole('alert').textContent).toContain('turn the feed off and on again');
    fireEvent.click(screen.getByRole('checkbox'));
    await waitFor(() => expect(props.onDisable).toHaveBeenCalledOnce());
  });

  it('speaks Chinese too', () => {
    resetStores({ settings: { language: 'zh_CN' } });
    renderPrices({ enabled: false });
    expect(screen.getByRole('checkbox', { name: '用 genai-prices 保持价格最新' })).toBeTruthy();
  });
});

describe('the price-change notifications switch', () => {
  const notifications = (status: 'off' | 'on' | 'revoked' | undefined, enable = vi.fn(async () => true)) => ({
    status,
    onEnable: enable,
    onDisable: vi.fn(async () => undefined),
  });
  const box = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Notify me when a price in my comparison changes' });

  it('is off by default, says what it does, and asks (onEnable) when turned on', async () => {
    const switchProps = notifications('off');
    renderPrices({ enabled: false }, { notifications: switchProps });
    expect(box().checked).toBe(false);
    expect(screen.getByText(/asks the browser for permission to show notifications/)).toBeTruthy();
    fireEvent.click(box());
    await waitFor(() => expect(switchProps.onEnable).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the browser declines', async () => {
    renderPrices(
      { enabled: false },
      {
        notifications: notifications(
          'off',
          vi.fn(async () => false),
        ),
      },
    );
    fireEvent.click(box());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/did not allow notifications/));
  });

  it('turns off through onDisable', async () => {
    const switchProps = notifications('on');
    renderPrices({ enabled: false }, { notifications: switchProps });
    expect(box().checked).toBe(true);
    fireEvent.click(box());
    await waitFor(() => expect(switchProps.onDisable).toHaveBeenCalledOnce());
  });

  it('shows off, and why, when the permission was removed outside TokenTag', () => {
    renderPrices({ enabled: false }, { notifications: notifications('revoked') });
    expect(box().checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toMatch(/removed in the browser's settings/);
  });

  it('waits for its status before it can be used', () => {
    renderPrices({ enabled: false }, { notifications: notifications(undefined) });
    expect(box().disabled).toBe(true);
  });
});
