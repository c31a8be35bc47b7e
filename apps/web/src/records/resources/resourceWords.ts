import { commitmentKindLabel, type Commitment, type CommitmentKind, type KindShares, type Partner } from '@partnerboard/board';
import { inWords, percent } from '../../components/words';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const currencies = new Set(['£', '$', '€']);

/** A kind of resource inside a sentence: "carries 60% of staff time". */
const kindInSentence: Readonly<Record<CommitmentKind, string>> = {
  staff_time: 'staff time',
  funding: 'funding',
  facilities: 'facilities',
  expertise: 'expertise',
  other: 'other resources',
};

/** An amount as people write it: "£2,000", "6 hours a week", "3"; '' when none is given. */
export function amountWords(amount: number | null, unit: string): string {
  if (amount === null) return unit.trim();
  const unitText = unit.trim();
  if (currencies.has(unitText)) return `${unitText}${number.format(amount)}`;
  return unitText ? `${number.format(amount)} ${unitText}` : number.format(amount);
}

/** What a commitment is, in a few words: "Staff time: 6 hours a week". */
export function commitmentWords(commitment: Pick<Commitment, 'kind' | 'amount' | 'unit'>): string {
  const amount = amountWords(commitment.amount, commitment.unit);
  return amount ? `${commitmentKindLabel[commitment.kind]}: ${amount}` : commitmentKindLabel[commitment.kind];
}

/**
 * How one kind of resource is spread, in a sentence: "Northshire Council carries 73% of staff time
 * (11 of 15 hours a week)." or "3 organisations share the funding; …".
 */
export function sharesWords(shares: KindShares, partners: ReadonlyMap<string, Partner>): string {
  const kind = kindInSentence[shares.kind];
  const name = (id: string) => partners.get(id)?.name ?? 'An organisation no longer on the board';
  const top = shares.partners[0];
  if (top === undefined) return '';
  const measured = (measure: number) => {
    if (shares.by === 'count') return `${measure} of ${shares.total} ${shares.total === 1 ? 'commitment' : 'commitments'}`;
    const part = currencies.has(shares.unit) ? amountWords(measure, shares.unit) : number.format(measure);
    return `${part} of ${amountWords(shares.total, shares.unit)}`;
  };
  if (shares.partners.length === 1) {
    return `${name(top.partnerId)} puts in all of the ${kind} (${measured(top.measure)}).`;
  }
  if (shares.carriedMostlyBy !== null) {
    return `${name(top.partnerId)} carries ${percent(top.share)} of ${kind} (${measured(top.measure)}).`;
  }
  const leaders = shares.partners.filter((part) => part.measure === top.measure);
  if (leaders.length === shares.partners.length) {
    const each = shares.by === 'count' ? `${top.measure} ${top.measure === 1 ? 'commitment' : 'commitments'}` : amountWords(top.measure, shares.unit);
    return `${shares.partners.length} organisations share the ${kind} evenly (${each} each).`;
  }
  if (leaders.length > 1) {
    return `${shares.partners.length} organisations share the ${kind}; the largest parts, ${percent(top.share)} each, come from ${inWords(leaders.map((part) => name(part.partnerId)))}.`;
  }
  return `${shares.partners.length} organisations share the ${kind}; the largest part, ${percent(top.share)}, comes from ${name(top.partnerId)}.`;
}
