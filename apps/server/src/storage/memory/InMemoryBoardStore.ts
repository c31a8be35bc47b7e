import { ComposedBoardStore } from '../ComposedBoardStore.ts';
import { MemoryActivityLines } from './MemoryActivityLines.ts';
import { MemoryActivityLog } from './MemoryActivityLog.ts';
import { MemoryBoardDirectory } from './MemoryBoardDirectory.ts';
import { MemoryNamedSnapshots } from './MemoryNamedSnapshots.ts';
import { MemoryUpdateLog } from './MemoryUpdateLog.ts';

/** Keeps boards in process memory: for tests and throwaway servers, never durable. */
export class InMemoryBoardStore extends ComposedBoardStore {
  private readonly directory: MemoryBoardDirectory;

  constructor() {
    // Each part reads another only when called, after all are made.
    const activityLog = new MemoryActivityLog((boardId): ReturnType<MemoryUpdateLog['uncompacted']> => updateLog.uncompacted(boardId));
    const updateLog = new MemoryUpdateLog(activityLog);
    const namedSnapshots = new MemoryNamedSnapshots((boardId): boolean => directory.has(boardId));
    const activityLines = new MemoryActivityLines((boardId): boolean => directory.has(boardId));
    const directory = new MemoryBoardDirectory({
      created: (boardId, initialState) => updateLog.start(boardId, initialState),
      deleting: (boardId) => {
        updateLog.forget(boardId);
        activityLog.forget(boardId);
        namedSnapshots.forget(boardId);
        activityLines.forget(boardId);
      },
    });
    super({ updateLog, namedSnapshots, directory, activityLog, activityLines });
    this.directory = directory;
  }

  async close(): Promise<void> {
    this.directory.clear();
  }
}
