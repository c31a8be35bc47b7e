import { boardPath } from '../routes/router';
import { readBoardMemory } from '../sync/boardMemory';

const prefix = 'partnerboard:board:';

function recentBoards(): { id: string; title: string }[] {
  const boards: { id: string; title: string }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const id = key.slice(prefix.length);
      const memory = readBoardMemory(id);
      if (memory.token) boards.push({ id, title: memory.title ?? 'Untitled board' });
    }
  } catch {
    return [];
  }
  return boards.sort((a, b) => a.title.localeCompare(b.title));
}

/** Boards this browser holds a link for, so a facilitator can find theirs again. */
export function RecentBoards() {
  const boards = recentBoards();
  if (boards.length === 0) return null;
  return (
    <section className="start__recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Your boards in this browser</h2>
      <ul>
        {boards.map((board) => (
          <li key={board.id}>
            <a href={boardPath(board.id, 'board')}>{board.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
