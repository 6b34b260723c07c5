// Build step: validates the bundled price catalog with its zod schema and rules, so that the extension need not at run time.
import { CatalogError } from '../pricing-data/validate';

try {
  // Importing the catalog assembles it, which validates every data file.
  const { catalog } = await import('../pricing-data/index');
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
