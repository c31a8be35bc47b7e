/** The address to send someone: the token rides in the fragment, which browsers never send to a server. */
export function shareUrl(boardId: string, token: string): string {
  return `${location.origin}/b/${boardId}/board#token=${encodeURIComponent(token)}`;
}
