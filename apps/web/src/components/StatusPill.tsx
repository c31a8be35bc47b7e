import {
  actionStatusLabel,
  goalStatusLabel,
  type ActionStatus,
  type GoalStatus,
} from '@partnerboard/board';

export type StatusPillProps =
  | { kind: 'goal'; status: GoalStatus }
  | { kind: 'action'; status: ActionStatus };

// A shape beside the colour, so the status reads without colour vision and on a washed-out projector.
const goalSymbol: Record<GoalStatus, string> = {
  not_started: '○',
  on_track: '●',
  at_risk: '▲',
  off_track: '■',
  achieved: '✓',
};
const actionSymbol: Record<ActionStatus, string> = {
  todo: '○',
  in_progress: '◐',
  blocked: '■',
  done: '✓',
};

/** A status as colour plus symbol plus words (RAG for goals), never colour alone. */
export function StatusPill(props: StatusPillProps) {
  const label = props.kind === 'goal' ? goalStatusLabel[props.status] : actionStatusLabel[props.status];
  const symbol = props.kind === 'goal' ? goalSymbol[props.status] : actionSymbol[props.status];
  return (
    <span className={`status-pill status-pill--${props.kind}-${props.status}`}>
      <span aria-hidden="true" className="status-pill__symbol">
        {symbol}
      </span>
      {label}
    </span>
  );
}
