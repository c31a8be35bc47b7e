import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { BoardConnection, ConnectionState } from './connection';

const ConnectionContext = createContext<BoardConnection | null>(null);

export function ConnectionProvider({ connection, children }: { connection: BoardConnection; children: ReactNode }) {
  return createElement(ConnectionContext.Provider, { value: connection }, children);
}

/** The open board's connection (for rotating my own link and changing who I am). */
export function useConnection(): BoardConnection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useConnection is used outside <ConnectionProvider>.');
  return connection;
}

/** Connected, connecting, reconnecting, offline, revoked or deleted, kept up to date. */
export function useConnectionState(connection: BoardConnection): ConnectionState {
  return useSyncExternalStore(connection.subscribe, connection.getState);
}

/** Whether the server has sent the whole board in this connection, kept up to date. */
export function useSynced(connection: BoardConnection): boolean {
  return useSyncExternalStore(connection.subscribe, connection.isSynced);
}
