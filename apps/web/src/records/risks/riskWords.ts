import { riskBandLabel, type RiskBand } from '@partnerboard/board';
import type { BadgeTone } from '../../components';

/** The usual words for each point of the 1-5 scales, so a number is never shown alone. */
export const likelihoodWords: Readonly<Record<number, string>> = { 1: 'Rare', 2: 'Unlikely', 3: 'Possible', 4: 'Likely', 5: 'Almost certain' };
export const impactWords: Readonly<Record<number, string>> = { 1: 'Negligible', 2: 'Minor', 3: 'Moderate', 4: 'Major', 5: 'Severe' };

export const bandTone: Readonly<Record<RiskBand, BadgeTone>> = { green: 'good', amber: 'warning', red: 'danger' };

/** "16, high": a score with its band in words. */
export function scoreWords(score: number, band: RiskBand): string {
  return `${score}, ${riskBandLabel[band].toLowerCase()}`;
}

/** The id of a risk's card heading, which the matrix moves the focus to. */
export const riskHeadingId = (riskId: string): string => `risk-${riskId}`;
