import { roles, type Role } from '@partnerboard/protocol';
import { Dialog } from '../components/Dialog';
import { useBoardSession } from '../session/BoardSession';
import { useCurrentLinks } from './currentLinks';
import { PersonalLinks } from './PersonalLinks';
import { ShareLinkRow } from './ShareLinkRow';
import './share.css';

export const roleLinkLabel: Record<Role, string> = {
  facilitator: 'Facilitator link',
  editor: 'Editor link',
  viewer: 'Viewer link',
};

export const roleLinkExplanation: Record<Role, string> = {
  facilitator: 'Can do everything, including making new links. Keep it to the people running the partnership.',
  editor: 'Can add and change goals, actions, people and partners.',
  viewer: 'Can see the plan live and who is here, without changing anything.',
};

/**
 * The three shared links with copy buttons, and a new link for each on demand (the old one stops at
 * once); then the personal links, one per named person.
 */
export function SharePanel({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Share this board"
      description="Send each partner the link for what they should be able to do. Anyone with a link can open the board."
      size="wide"
    >
      <RoleLinks />
      <PersonalLinks />
    </Dialog>
  );
}

/** The three shared links, asked of the server each time the panel opens: they change when replaced, here or on another device. */
function RoleLinks() {
  const { boardId } = useBoardSession();
  const { links, replaced } = useCurrentLinks(boardId);
  return (
    <ul className="plain-list share-links">
      {roles.map((role) => (
        <li key={role}>
          <ShareLinkRow
            role={role}
            label={roleLinkLabel[role]}
            explanation={roleLinkExplanation[role]}
            link={links[role]}
            onRotated={(token) => replaced(role, token)}
          />
        </li>
      ))}
    </ul>
  );
}
