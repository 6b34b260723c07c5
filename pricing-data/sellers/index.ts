// The seller data files: cloud resellers, routers and open-weight hosts, each with its offers.
import type { SellerInput } from '../schema';

/** Sellers other than the creators, in the order the UI lists them. */
export const sellerFiles: SellerInput[] = [];
