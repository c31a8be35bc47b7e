import { useEffect, useState } from 'react';
import { useConnection } from '../sync/connectionContext';

/** The server's time (ms since 1970), refreshed every `intervalMs` and whenever the estimate of the server's clock improves: for a countdown. */
export function useServerNow(intervalMs: number): number {
  const { serverClock } = useConnection();
  const [now, setNow] = useState(serverClock.serverNow);
  useEffect(() => {
    const tick = () => setNow(serverClock.serverNow());
    const timer = setInterval(tick, intervalMs);
    const stop = serverClock.subscribe(tick);
    tick();
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [serverClock, intervalMs]);
  return now;
}
