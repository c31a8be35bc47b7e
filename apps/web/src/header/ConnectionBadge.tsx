import { Badge, type BadgeTone } from '../components/Badge';
import type { ConnectionState } from '../sync/connection';
import { useConnection, useConnectionState } from '../sync/connectionContext';

const shown: Record<ConnectionState, { label: string; tone: BadgeTone; symbol: string; explain: string }> = {
  connecting: { label: 'Connecting', tone: 'info', symbol: '…', explain: 'Connecting to the server.' },
  connected: { label: 'Connected', tone: 'good', symbol: '●', explain: 'Live: everyone sees your changes as you make them.' },
  reconnecting: {
    label: 'Reconnecting',
    tone: 'warning',
    symbol: '↻',
    explain: 'The server is out of reach. Your changes are kept on this device and sent when it is back.',
  },
  offline: {
    label: 'Offline',
    tone: 'warning',
    symbol: '○',
    explain: 'No network. Your changes are kept on this device and sent when you are back online.',
  },
  revoked: { label: 'Link withdrawn', tone: 'danger', symbol: '■', explain: 'This link no longer works.' },
  deleted: { label: 'Board deleted', tone: 'danger', symbol: '■', explain: 'The facilitator has deleted this board.' },
};

/** Always-visible connection state, and "View only" for viewer links. */
export function ConnectionBadge({ viewOnly }: { viewOnly: boolean }) {
  const state = useConnectionState(useConnection());
  const { label, tone, symbol, explain } = shown[state];
  return (
    <div className="connection" role="status" aria-label="Connection">
      <span title={explain}>
        <Badge tone={tone}>
          <span aria-hidden="true">{symbol}</span> {label}
        </Badge>
      </span>
      {viewOnly ? (
        <span title="This link lets you see the plan live, not change it.">
          <Badge tone="info">View only</Badge>
        </span>
      ) : null}
    </div>
  );
}
