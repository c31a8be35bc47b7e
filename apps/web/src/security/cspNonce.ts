import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { remoteCaretsWithoutInlineStyles } from './remoteCarets';

/**
 * The nonce of this page's Content-Security-Policy: the server writes a new one into each copy
 * of index.html (`<meta name="csp-nonce">`) and allows `<style>` elements only with it. Undefined
 * where no server wrote one (the Vite dev server, which sends no policy).
 */
export const cspNonce: string | undefined = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

/**
 * What the notes editor needs to run under the policy: CodeMirror's own `<style>` elements carry
 * the nonce, and other people's carets are coloured without inline `style` attributes.
 */
export const editorUnderCsp: Extension = [...(cspNonce ? [EditorView.cspNonce.of(cspNonce)] : []), remoteCaretsWithoutInlineStyles(cspNonce)];
