// Tags follow the page's seller: on Bedrock's own pages they show Bedrock's offer and say so in data-seller.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The sellers the tags of `modelId` name once drawn (tags get their UI as they come near the viewport). */
async function sellersOf(page: Page, modelId: string): Promise<string[]> {
  const selector = `tokentag-badge[data-model-id="${modelId}"][data-known="true"]`;
  const drawn = () =>
    page.evaluate((s) => {
      const tags = [...document.querySelectorAll(s)];
      // Bring the mentions near the viewport, one after another, so that their tags are drawn.
      for (const tag of tags) if (!tag.hasAttribute('data-seller')) tag.parentElement?.scrollIntoView({ block: 'center' });
      return [...new Set(tags.flatMap((t) => (t.hasAttribute('data-seller') ? [t.getAttribute('data-seller')!] : [])))];
    }, selector);
  await expect.poll(async () => (await drawn()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return drawn();
}

describe('tags follow the page’s seller', () => {
  it('shows Bedrock’s offers on Bedrock’s pricing page, and the creator’s price for a model Bedrock’s data lacks', async () => {
    const { page } = await session.open('https://aws.amazon.com/bedrock/pricing/');
    await expect.poll(() => page.locator('tokentag-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await sellersOf(page, 'claude-sonnet-4-5')).toEqual(['aws-bedrock']);
    // Amazon's own Nova models are sold by their creator there.
    expect(await sellersOf(page, 'nova-pro')).toEqual(['amazon']);
  }, 60_000);

  it('shows the creator’s price on the creator’s own page', async () => {
    const { page } = await session.open('https://openai.com/api/pricing');
    await expect.poll(() => page.locator('tokentag-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await sellersOf(page, 'gpt-5.2')).toEqual(['openai']);
  }, 60_000);
});
