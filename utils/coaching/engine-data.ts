import weights from './weights.json';
import { createModel, type ModelWeights } from './model';
import { createNormaliser } from './text';

/** The shipped weights, loaded once per bundle that imports the engine. */
export const { normalise, detectLang, profile } = createNormaliser(weights.t2s);
export const model = createModel(weights as unknown as ModelWeights);
/** Firing thresholds, chosen on the calibration split by scripts/coaching/train.ts. */
export const calibration = weights.thresholds;
