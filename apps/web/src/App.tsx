import { Toasts } from './components/Toasts';
import { BoardRoute } from './routes/BoardRoute';
import { MessagePage } from './routes/MessagePage';
import { useRoute } from './routes/router';
import { StartPage } from './start/StartPage';

/** The app's pages: / (start), /b/<id>/<view> (a board), anything else (not found). */
export function App() {
  const route = useRoute();
  return (
    <>
      {route.kind === 'start' ? (
        <StartPage />
      ) : route.kind === 'board' ? (
        <BoardRoute key={route.boardId} boardId={route.boardId} view={route.view} />
      ) : (
        <MessagePage title="There is no page at this address">
          <p>
            Check the link you followed, or <a href="/">create a new board</a>.
          </p>
        </MessagePage>
      )}
      <Toasts />
    </>
  );
}
