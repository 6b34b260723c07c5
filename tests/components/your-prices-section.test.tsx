// Options → Your prices: an override, a discount and a custom model are saved, bad input is refused with its range, delete can be undone.
// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { YourPricesSection } from '../../components/options/YourPricesSection';
import { userPricesStorage } from '../../extension/storage';
import { useUserPricesStore } from '../../extension/stores/user-prices';
import { catalog } from '../../pricing-data/index';
import { resetStores } from './setup';

const form = (name: string) => screen.getByRole('form', { name });
const type = (label: string, value: string, scope: HTMLElement) =>
  fireEvent.input(within(scope).getByLabelText(label), { target: { value } });

beforeEach(() => {
  resetStores();
  render(<YourPricesSection catalog={catalog} />);
});

describe('YourPricesSection', () => {
  it('overrides one rate of a chosen model and seller, and stores it', async () => {
    const f = form('Save rates');
    fireEvent.input(within(f).getByLabelText('Model'), { target: { value: 'gpt-5.2' } });
    type('Input (USD per 1M tokens)', '1.2', f);
    fireEvent.click(within(f).getByRole('button', { name: 'Save rates' }));
    await waitFor(async () =>
      expect((await userPricesStorage.get()).rates).toEqual([{ modelId: 'gpt-5.2', seller: 'openai', input: 1.2 }]),
    );
    expect(await screen.findByRole('button', { name: 'Delete GPT-5.2 · OpenAI' })).toBeTruthy();
  });

  it('refuses a negative or huge rate and an empty override, saying the range, and stores nothing', async () => {
    const f = form('Save rates');
    fireEvent.input(within(f).getByLabelText('Model'), { target: { value: 'gpt-5.2' } });
    type('Input (USD per 1M tokens)', '-1', f);
    type('Output (USD per 1M tokens)', '20000', f);
    fireEvent.click(within(f).getByRole('button', { name: 'Save rates' }));
    const alerts = await within(f).findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Enter a number from 0 to 10,000 (USD per 1M tokens).',
      'Enter a number from 0 to 10,000 (USD per 1M tokens).',
    ]);
    type('Input (USD per 1M tokens)', '', f);
    type('Output (USD per 1M tokens)', '', f);
    fireEvent.click(within(f).getByRole('button', { name: 'Save rates' }));
    expect((await within(f).findByRole('alert')).textContent).toBe('Enter at least one rate.');
    expect((await userPricesStorage.get()).rates).toEqual([]);
  });

  it('saves a discount and refuses 100%', async () => {
    const f = form('Save discount');
    fireEvent.input(within(f).getByLabelText('Seller'), { target: { value: 'anthropic' } });
    type('Discount (%)', '100', f);
    fireEvent.click(within(f).getByRole('button', { name: 'Save discount' }));
    expect((await within(f).findByRole('alert')).textContent).toBe('Enter a percentage more than 0 and less than 100.');
    type('Discount (%)', '20', f);
    fireEvent.click(within(f).getByRole('button', { name: 'Save discount' }));
    await waitFor(async () => expect((await userPricesStorage.get()).discounts).toEqual([{ seller: 'anthropic', percent: 20 }]));
  });

  it('adds a custom model, refuses a name the catalog uses, and deletes with undo', async () => {
    const f = form('Add model');
    type('Id', 'acme-ft-1', f);
    type('Model name', 'GPT-5.2', f);
    type('Input (USD per 1M tokens)', '0.8', f);
    type('Output (USD per 1M tokens)', '3.2', f);
    fireEvent.click(within(f).getByRole('button', { name: 'Add model' }));
    expect((await within(f).findByRole('alert')).textContent).toBe('A model in the catalog already uses this name.');
    type('Model name', 'Acme Support Tuned', f);
    type('Other names', 'acme-support-ft, Acme Tuned', f);
    fireEvent.click(within(f).getByRole('button', { name: 'Add model' }));
    await waitFor(async () =>
      expect((await userPricesStorage.get()).customModels).toEqual([
        {
          id: 'acme-ft-1',
          name: 'Acme Support Tuned',
          aliases: ['acme-support-ft', 'Acme Tuned'],
          input: 0.8,
          output: 3.2,
          reasoning: false,
        },
      ]),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Acme Support Tuned' }));
    await waitFor(() => expect(useUserPricesStore.getState().prices.customModels).toEqual([]));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await userPricesStorage.get()).customModels).toHaveLength(1));
  });
});
