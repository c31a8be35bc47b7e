import { activityMessage, readActivityMessage, type ActivityLine } from '@partnerboard/protocol';
import { useEffect, useState } from 'react';
import { BoardApiError } from '../sync/boardApi';
import { readBoardMemory } from '../sync/boardMemory';
import { useConnection } from '../sync/connectionContext';
import { fetchActivityLines, type ActivityFilter } from './activityApi';
import { matchesFilter, mergeLines } from './activityLines';

/** How many lines the panel shows (the newest). */
export const linesShown = 200;

export type ActivityLinesState =
  | { status: 'loading'; lines: ActivityLine[] }
  | { status: 'ready'; lines: ActivityLine[] }
  | { status: 'failed'; lines: ActivityLine[]; message: string };

/**
 * The board's activity lines that `filter` lets through, while `enabled`: asked of the server, then
 * kept up to date from the lines it sends live. `seen` holds every line met, to offer as filters.
 */
export function useActivityLines(boardId: string, filter: ActivityFilter, enabled: boolean, attempt: number): { state: ActivityLinesState; seen: ActivityLine[] } {
  const connection = useConnection();
  const { partner, person } = filter;
  // The state of one question (filter and attempt); a new question starts from nothing, loading.
  const question = JSON.stringify([partner, person, attempt]);
  const [answer, setAnswer] = useState<ActivityLinesState & { question: string }>({ question, status: 'loading', lines: [] });
  const [seen, setSeen] = useState<ActivityLine[]>([]);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const wanted = { partner, person };
    const shownFor = (state: ActivityLinesState & { question: string }): ActivityLinesState =>
      state.question === question ? state : { status: 'loading', lines: [] };
    // Lines that arrive live while the answer is on its way are merged with it, not lost.
    const stop = connection.onCustomMessage(activityMessage, (body) => {
      const message = readActivityMessage(body);
      if (!message) return;
      setSeen((lines) => mergeLines(lines, message.lines, linesShown));
      const arrived = message.lines.filter((line) => matchesFilter(line, wanted));
      if (arrived.length === 0) return;
      setAnswer((state) => {
        const shown = shownFor(state);
        return { ...shown, question, lines: mergeLines(shown.lines, arrived, linesShown) };
      });
    });
    fetchActivityLines(boardId, readBoardMemory(boardId).token ?? '', wanted, linesShown).then(
      ({ lines }) => {
        if (!current) return;
        setSeen((known) => mergeLines(known, lines, linesShown));
        setAnswer((state) => ({ question, status: 'ready', lines: mergeLines(lines, shownFor(state).lines, linesShown) }));
      },
      (error: unknown) => {
        if (!current) return;
        const message = error instanceof BoardApiError ? error.message : 'The activity could not be loaded.';
        setAnswer((state) => ({ question, status: 'failed', lines: shownFor(state).lines, message }));
      },
    );
    return () => {
      current = false;
      stop();
    };
  }, [boardId, connection, enabled, partner, person, question]);

  const { question: answered, ...state } = answer;
  return { state: answered === question ? (state as ActivityLinesState) : { status: 'loading', lines: [] }, seen };
}
