import type { Board, Person } from '@partnerboard/board';
import type { Awareness } from 'y-protocols/awareness';
import { colourForName, tint } from '../components/colour';
import type { RememberedIdentity } from '../sync/boardMemory';
import type { LocalPresenceState } from '../sync/presence';
import type { Me } from './BoardSession';

/**
 * The person in the plan I am: the one I picked (while the plan still has them), none when I said I
 * am not in it; a name remembered from before joining asked is matched once more, as then, when
 * exactly one person in my organisation has it.
 */
export function myPerson(identity: RememberedIdentity, people: readonly Person[]): Person | undefined {
  if (identity.personId !== undefined) return identity.personId === null ? undefined : people.find((p) => p.id === identity.personId);
  const name = identity.name.trim().toLocaleLowerCase();
  const named = people.filter((p) => p.name.trim().toLocaleLowerCase() === name && (!identity.partnerId || p.partnerId === identity.partnerId));
  return named.length === 1 ? named[0] : undefined;
}

/** Me on this board: my organisation's colour when it is one of the partners, a stable colour otherwise. */
export function meOnBoard(identity: RememberedIdentity, board: Pick<Board, 'partners' | 'people'>, clientId: number): Me {
  const partner = identity.partnerId ? board.partners.find((p) => p.id === identity.partnerId) : undefined;
  const me: Me = {
    name: identity.name,
    // The partner's current name wins: it may have been renamed since I joined.
    organisation: partner?.name ?? identity.organisation,
    colour: partner?.colour ?? colourForName(identity.organisation),
    clientId,
    personId: myPerson(identity, board.people)?.id ?? null,
  };
  if (partner) me.partnerId = partner.id;
  return me;
}

/** Publishes who I am to everyone on the board (awareness, never the document). */
export function publishMe(awareness: Awareness, me: Me): void {
  const user: LocalPresenceState['user'] = {
    name: me.name,
    organisation: me.organisation,
    color: me.colour,
    colorLight: tint(me.colour, 0.25),
  };
  if (me.partnerId) user.partnerId = me.partnerId;
  const current = (awareness.getLocalState() as Partial<LocalPresenceState> | null)?.user;
  if (JSON.stringify(current) === JSON.stringify(user)) return;
  awareness.setLocalStateField('user', user);
}
