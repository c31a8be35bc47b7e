import type * as Y from 'yjs';
import type { Agreement, Id, Partner, SignOff } from './types.js';

// The agreement's versions: each change to terms someone has signed starts a new version, and a
// sign-off says which version it agreed to. Boards from before versions read as version 1.

function wholeVersion(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : null;
}

/** The version of the agreement as it stands. */
export function agreementVersion(agreement: Y.Map<unknown>): number {
  return wholeVersion(agreement.get('version')) ?? 1;
}

/** The version a stored sign-off agreed to. */
export function signedVersion(entry: unknown): number {
  return (typeof entry === 'object' && entry !== null && wholeVersion((entry as Record<string, unknown>).version)) || 1;
}

/** Where one partner stands on the agreement: signed this version, signed an earlier one, or not signed. */
export interface PartnerSignOff {
  readonly partner: Partner;
  readonly signOff: SignOff | null;
  readonly standing: 'agreed' | 'earlier_version' | 'not_signed';
}

/** Each partner's standing on the agreement, in the partners' order. */
export function agreementStanding(agreement: Agreement, partners: readonly Partner[]): PartnerSignOff[] {
  const byPartner = new Map<Id, SignOff>(agreement.signOffs.map((signOff) => [signOff.partnerId, signOff]));
  return partners.map((partner) => {
    const signOff = byPartner.get(partner.id) ?? null;
    const standing = signOff === null ? 'not_signed' : signOff.version === agreement.version ? 'agreed' : 'earlier_version';
    return { partner, signOff, standing };
  });
}
