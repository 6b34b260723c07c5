// Price card script: injected on demand by the background into a tab's content-script world (never listed in the manifest); it only leaves the card's factory there.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPriceCard } from '../content/price-card';
import { registerPriceCard } from '../content/price-card-slot';

export default defineUnlistedScript(() => registerPriceCard(createPriceCard));
