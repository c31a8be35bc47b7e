/** Actions done of total, as words and a bar; the words carry the meaning, the bar helps at a glance. */
export function GoalProgress({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="goal-progress">
      <span className="goal-progress__words">
        {total === 0 ? 'No actions yet' : `${done} of ${total} ${total === 1 ? 'action' : 'actions'} done`}
      </span>
      <span className="goal-progress__track" aria-hidden="true">
        <span className="goal-progress__bar" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
