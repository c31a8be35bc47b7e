import type { IsoDate } from '@partnerboard/board';
import { useEffect, useState } from 'react';

/** Today's date in the user's own time zone, as 'YYYY-MM-DD'. */
export function localToday(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Today's date, which turns over at midnight for a board left open overnight. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = setInterval(() => setToday(localToday()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
