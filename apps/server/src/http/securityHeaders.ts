import { randomBytes } from 'node:crypto';

/**
 * The Content-Security-Policy. Sockets only to this origin (`'self'` covers ws: and wss: on the
 * same host and port). Styles only from the app's own files, and on the app page from `<style>`
 * elements carrying that response's nonce (CodeMirror's): no inline `style` attribute anywhere,
 * so text that reaches one (a colour from presence, say) cannot restyle the page.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  const styles = styleNonce === undefined ? "'self'" : `'self' 'nonce-${styleNonce}'`;
  return `default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src ${styles}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'`;
}

/** A fresh nonce for one response: 128 random bits. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Sent with every response, static files, API answers and refused upgrades alike (the app page swaps in its own policy, with a nonce). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
