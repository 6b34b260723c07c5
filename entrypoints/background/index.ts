// Background entry: wires the small modules that answer the content script and the popup.
import { defineBackground } from 'wxt/utils/define-background';
import { schedulePriceFeed } from '../../extension/price-feed-schedule';
import { createTabPages } from '../../extension/tab-pages';
import { wireComparison } from './comparison';
import { wireGrantedSites } from './granted-sites';
import { wireOffers } from './offers';
import { wirePriceCard } from './price-card';
import { wirePriceChanges } from './price-changes';
import { wirePriceNotifications } from './price-notifications';
import { wireTabPages } from './tab-pages';
import { wireTagViews } from './tag-views';

export default defineBackground(() => {
  const tabPages = createTabPages();
  wireTagViews();
  wireTabPages(tabPages);
  wireGrantedSites(tabPages);
  wireComparison();
  wireOffers();
  wirePriceCard();
  schedulePriceFeed();
  wirePriceChanges();
  wirePriceNotifications();
});
