// Build step: validates the bundled price catalog with its zod schema and rules, so that the extension need not at run time.
import { validatedCatalog } from '../pricing-data/index';
import { CatalogError } from '../pricing-data/validate';

try {
  const catalog = validatedCatalog();
  console.log(
    `[tokentag] catalog ${catalog.version}: ${catalog.models.length} models from ${catalog.vendors.length} vendors, valid`,
  );
} catch (error) {
  if (error instanceof CatalogError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
