import type { Role } from '@partnerboard/protocol';
import { roleCanEdit } from '@partnerboard/protocol';
import { IdentityForm, type JoinAnswer } from '../join/IdentityForm';
import { useLiveBoard } from '../session/useLiveBoard';
import type { BoardConnection } from '../sync/connection';
import { MessagePage } from './MessagePage';

const roleIntro: Record<Role, string> = {
  facilitator: 'You are joining as facilitator: you can change everything and share the board.',
  editor: 'You can add and change goals, actions, people and partners.',
  viewer: 'This link is view only: you see the plan live, without changing it.',
};

/** Asked once per board in this browser: who are you, for which organisation, and which person in the plan. */
export function JoinPage({ connection, role, onJoin }: { connection: BoardConnection; role: Role; onJoin(answer: JoinAnswer): void }) {
  const board = useLiveBoard(connection.doc);
  return (
    <div className="join-page">
      <MessagePage title={`Join “${board.meta.title || 'this board'}”`}>
        <p>{roleIntro[role]} Everyone on the board sees your name and organisation beside what you do.</p>
        <IdentityForm partners={board.partners} people={board.people} canEdit={roleCanEdit(role)} submitLabel="Join the board" onSubmit={onJoin} />
      </MessagePage>
    </div>
  );
}
