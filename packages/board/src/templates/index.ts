import type * as Y from 'yjs';
import type { IsoDate } from '../types.js';
import type { TemplateName } from '../vocabulary.js';
import { applyTemplate as apply } from './apply.js';
import { templateCatalogue } from './catalogue.js';

/** Fills a just-initialised board with a template's starting content; dates are relative to `today`. */
export function applyTemplate(doc: Y.Doc, name: TemplateName, today: IsoDate): void {
  apply(doc, templateCatalogue[name], today);
}
