// Prints the assembled catalog as JSON (`npm run --silent catalog`), for people and other tools.
import { catalog } from '../pricing-data/index';

process.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
