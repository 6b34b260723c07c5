// Why usage has no price, in the user's words: the one message of each reason code, for the UI and the exports alike.
import type { MessageKey, Translate } from '../i18n';
import type { UnpricedReason } from './price-usage';

/** Each reason's message; a reason without one fails to compile here. */
const reasonKeys: Record<UnpricedReason, MessageKey> = {
  'unknown-model': 'usage.why.unknown_model',
  'not-grouped': 'usage.why.not_grouped',
  retired: 'usage.why.retired',
  unpriced: 'usage.why.unpriced',
  'not-yet': 'usage.why.not_yet',
  ended: 'usage.why.ended',
  'tier-not-sold': 'usage.why.tier_not_sold',
  'tier-unknown': 'usage.why.tier_unknown',
  'no-offer': 'usage.why.no_offer',
  'tier-not-offered': 'usage.why.tier_not_offered',
  'tier-price-unknown': 'usage.why.tier_price_unknown',
};

/** The reason as a person reads it ("service tier not offered by this seller"), never its code. */
export function unpricedReasonText(reason: UnpricedReason, t: Translate): string {
  return t(reasonKeys[reason]);
}
