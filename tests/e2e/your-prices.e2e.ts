// Your prices in the built extension: a custom model and a rate override set in options change the tags on a vendor page, and survive export → import.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagLabel } from './closed-shadow';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

const PAGE = 'https://platform.openai.com/tokentag-your-prices';
const html = `<!doctype html><html><body><main>
<p>Our support bot runs on Acme Support Tuned; the fallback is GPT-5.2.</p>
</main></body></html>`;

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html`;
const custom = 'tokentag-badge[data-model-id="acme-ft-1"]';
const gpt52 = 'tokentag-badge[data-model-id="gpt-5.2"]';

beforeAll(async () => {
  server = await startFixtureServer({ [PAGE]: html });
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('your prices, end to end', () => {
  it('a custom model gets a tag with your price, an override replaces a list price, and both survive export → import', async () => {
    const { page: options, errors } = await session.open(optionsUrl());
    const customForm = options.getByRole('form', { name: 'Add model' });
    await customForm.getByLabel('Id', { exact: true }).fill('acme-ft-1');
    await customForm.getByLabel('Model name').fill('Acme Support Tuned');
    await customForm.getByLabel('Input (USD per 1M tokens)', { exact: true }).fill('0.8');
    await customForm.getByLabel('Output (USD per 1M tokens)', { exact: true }).fill('3.2');
    await customForm.getByRole('button', { name: 'Add model' }).click();
    await expect.poll(() => options.getByRole('button', { name: 'Delete Acme Support Tuned' }).count()).toBe(1);

    const rateForm = options.getByRole('form', { name: 'Save rates' });
    await rateForm.getByLabel('Model', { exact: true }).selectOption('gpt-5.2');
    await rateForm.getByLabel('Input (USD per 1M tokens)', { exact: true }).fill('1.25');
    await rateForm.getByLabel('Output (USD per 1M tokens)', { exact: true }).fill('10');
    await rateForm.getByRole('button', { name: 'Save rates' }).click();
    await expect.poll(() => options.getByRole('button', { name: /^Delete GPT-5\.2 · OpenAI/ }).count()).toBe(1);

    const { page } = await session.open(PAGE);
    await expect.poll(() => tagLabel(page, custom)).toBe('$0.80 / $3.20');
    await expect.poll(() => tagLabel(page, gpt52)).toBe('$1.25 / $10.00');

    // Export, delete both, import the file: they come back.
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export presets' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { version: number; userPrices: { customModels: unknown[] } };
    expect(exported.version).toBe(2);
    expect(exported.userPrices.customModels).toHaveLength(1);
    await options.getByRole('button', { name: 'Delete Acme Support Tuned' }).click();
    await options.getByRole('button', { name: /^Delete GPT-5\.2 · OpenAI/ }).click();
    await expect.poll(() => options.getByText('No models of your own yet.').count()).toBe(1);
    await expect.poll(() => tagLabel(page, gpt52)).toBe('$1.75 / $14.00');

    await options.locator('#import-export input[type="file"]').setInputFiles(file);
    await expect.poll(() => options.getByText(/Imported 2 of your prices/).count()).toBe(1);
    await expect.poll(() => options.getByRole('button', { name: 'Delete Acme Support Tuned' }).count()).toBe(1);
    await expect.poll(() => tagLabel(page, gpt52)).toBe('$1.25 / $10.00');
    expect(errors).toEqual([]);
  });
});
