// Renders assets/icon.svg to the PNG sizes browsers ask for (public/icon/<size>.png), in Chromium (`npm run icons`).
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const sizes = [16, 19, 32, 38, 48, 64, 96, 128];

await mkdir(join(root, 'public/icon'), { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(root, `public/icon/${size}.png`), omitBackground: true });
  }
  console.log(`Icons written: ${sizes.map((s) => `${s}.png`).join(', ')}`);
} finally {
  await browser.close();
}
