// The seller data files: cloud resellers, routers and open-weight hosts, each with its offers.
import type { SellerInput } from '../schema';
import { avian } from './avian';
import { awsBedrock } from './aws-bedrock';
import { azure } from './azure';
import { baseten } from './baseten';
import { cerebras } from './cerebras';
import { deepinfra } from './deepinfra';
import { fireworks } from './fireworks';
import { googleVertex } from './google-vertex';
import { groq } from './groq';
import { nebius } from './nebius';
import { novita } from './novita';
import { openrouter } from './openrouter';
import { ovhcloud } from './ovhcloud';
import { together } from './together';

/** Sellers other than the creators, in the order the UI lists them. */
export const sellerFiles: SellerInput[] = [
  groq,
  cerebras,
  fireworks,
  together,
  deepinfra,
  baseten,
  nebius,
  novita,
  ovhcloud,
  avian,
  awsBedrock,
  googleVertex,
  azure,
  openrouter,
];
