import { readNotice } from '@partnerboard/protocol';
import type * as decoding from 'lib0/decoding';
import { showToast } from '../components/Toasts';

/** Reads a server notice (sent only because we connected with ext=1) and shows it as a toast. */
export function handleServerNotice(decoder: decoding.Decoder): void {
  const notice = readNotice(decoder);
  // A notice of a kind this version does not know is ignored, as the protocol asks.
  if (!notice) return;
  showToast({ tone: notice.kind === 'write-refused' ? 'error' : 'info', message: notice.message });
}
