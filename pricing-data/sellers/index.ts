// The seller data files: cloud resellers, routers and open-weight hosts, each with its offers.
import type { SellerInput } from '../schema';
import { cerebras } from './cerebras';
import { fireworks } from './fireworks';
import { groq } from './groq';

/** Sellers other than the creators, in the order the UI lists them. */
export const sellerFiles: SellerInput[] = [groq, cerebras, fireworks];
