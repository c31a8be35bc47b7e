import { BoardApiError } from '../sync/boardApi';

/** The files a board can be downloaded as: GET /api/boards/:id/export.<extension>. */
export const exportFormats = [
  { extension: 'md', label: 'Report (Markdown)', hint: 'The whole plan as a document: goals, actions by owner and organisation, decisions, risks and the last review.' },
  { extension: 'csv', label: 'Actions (CSV spreadsheet)', hint: 'One row per action: goal, owner, organisation, status, due date and priority. Opens in Excel or any spreadsheet.' },
  { extension: 'ics', label: 'Dates (calendar file)', hint: 'Due dates and review dates, to add to Outlook, Google or Apple calendars. Importing it again updates the same events.' },
  { extension: 'json', label: 'Backup of the whole board (JSON)', hint: 'Everything on the board, to keep or to make a new board from on the start page.' },
] as const;

export type ExportExtension = (typeof exportFormats)[number]['extension'];

function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * Downloads one export of the board: fetched with the link's token (a plain link cannot send it), then
 * saved under the name the server gives. Throws BoardApiError with the server's message.
 */
export async function downloadExport(boardId: string, token: string, extension: ExportExtension): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/export.${extension}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new BoardApiError(0, 'network', 'The Partnerboard server cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new BoardApiError(response.status, body?.error?.code ?? `http_${response.status}`, body?.error?.message ?? `The server answered ${response.status}.`);
  }
  const name = fileNameOf(response.headers.get('content-disposition'), `partnerboard-plan.${extension}`);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has started the download; the browser keeps what it needs.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return name;
}
