import type { FullConfig } from '@playwright/test';
import { recordBrowserEdits } from '../../apps/server/scripts/recordBrowserEdits';

/**
 * Global teardown, run while the suite's server still runs: every edit the browser tests made
 * through the real UI is honest, so the server's board-shape check must have refused none of
 * them. (The tests of hostile documents and attacks run servers of their own.)
 */
export default async function honestEditsAccepted(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  const token = process.env.E2E_METRICS_TOKEN;
  if (!baseURL || !token) throw new Error('honestEditsAccepted needs the suite’s baseURL and E2E_METRICS_TOKEN');
  const response = await fetch(`${baseURL}/metrics`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  const text = await response.text();
  const refused = Number(/^partnerboard_messages_rejected_total\{reason="invalid_update"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  if (refused > 0) throw new Error(`The board-shape check refused ${refused} edits that the browser tests made through the app: an honest client was refused.`);
  // To record the edits for apps/server/test/browserEdits.test.ts (with UNLOAD_AFTER_MS and COMPACT_AFTER_UPDATES high, so that the store still holds them).
  const recordTo = process.env.E2E_RECORD_TO;
  const dataDir = process.env.E2E_DATA_DIR;
  if (recordTo && dataDir) console.log(recordBrowserEdits(dataDir, recordTo));
}
