// Every sample standard, in the order of samples/README.md.
import type { StandardSpec } from '../model.ts';
import { textileCleanUnderwear } from './textile-clean-underwear.ts';
import { textileCleanTowel } from './textile-clean-towel.ts';
import { textileCleanKnitwear } from './textile-clean-knitwear.ts';
import { textileDefectsTshirt } from './textile-defects-tshirt.ts';
import { textileDefectsBedding } from './textile-defects-bedding.ts';
import { furnitureCleanWardrobe } from './furniture-clean-wardrobe.ts';
import { furnitureDefectsTable } from './furniture-defects-table.ts';
import { leatherCleanGloves } from './leather-clean-gloves.ts';
import { leatherDefectsJacket } from './leather-defects-jacket.ts';
import { panelCleanFlooring } from './panel-clean-flooring.ts';
import { panelDefectsPlywood } from './panel-defects-plywood.ts';
import { foodCleanHotpot } from './food-clean-hotpot.ts';
import { foodDefectsHotpot } from './food-defects-hotpot.ts';
import { foodDefectsPastry } from './food-defects-pastry.ts';
import { serviceCleanHousekeeping } from './service-clean-housekeeping.ts';
import { serviceDefectsHousekeeping } from './service-defects-housekeeping.ts';

export const allStandards: readonly StandardSpec[] = [
  textileCleanUnderwear, textileCleanTowel, textileCleanKnitwear, textileDefectsTshirt, textileDefectsBedding,
  furnitureCleanWardrobe, furnitureDefectsTable,
  leatherCleanGloves, leatherDefectsJacket,
  panelCleanFlooring, panelDefectsPlywood,
  foodCleanHotpot, foodDefectsHotpot, foodDefectsPastry,
  serviceCleanHousekeeping, serviceDefectsHousekeeping,
];
