import { blank } from './blank.js';
import { communitySupport } from './community-support.js';
import { hospitalDischarge } from './hospital-discharge.js';
import { productLaunch } from './product-launch.js';
import { sendSupport } from './send-support.js';
import type { BoardTemplate } from './template.js';

/**
 * Every template a new board can start from, in the order the start page offers them, by the name
 * a board records. Adding a template is adding its data file and one line here.
 */
export const templateCatalogue = {
  blank,
  'hospital-discharge': hospitalDischarge,
  'send-support': sendSupport,
  'community-support': communitySupport,
  'product-launch': productLaunch,
} as const satisfies Record<string, BoardTemplate>;
