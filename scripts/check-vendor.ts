// Validates vendor data files on their own (`tsx scripts/check-vendor.ts pricing-data/openai.ts`).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VendorInput } from '../pricing-data/schema';
import { assembleCatalog } from '../pricing-data/validate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: tsx scripts/check-vendor.ts pricing-data/<vendor>.ts [...]');
  process.exit(2);
}
const vendors: VendorInput[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
  vendors.push(...(Object.values(module).filter((v) => typeof v === 'object' && v !== null && 'models' in v) as VendorInput[]));
}
const { catalog, problems } = assembleCatalog(vendors);
for (const p of problems) console.error(`${p.path}: ${p.message}`);
if (!catalog) process.exit(1);
for (const vendor of catalog.vendors) {
  console.log(`${vendor.id}: ${vendor.models.length} models, ${vendor.toolFees.length} tool fees`);
}
