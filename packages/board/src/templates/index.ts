import type * as Y from 'yjs';
import type { IsoDate } from '../types.js';
import type { TemplateName } from '../vocabulary.js';
import { hospitalDischarge } from './hospital-discharge.js';
import { teamAroundTheChild } from './team-around-the-child.js';

/** Fills a just-initialised board with a template's starting content; dates are relative to `today`. */
export function applyTemplate(doc: Y.Doc, name: TemplateName, today: IsoDate): void {
  if (name === 'hospital-discharge') hospitalDischarge(doc, today);
  else if (name === 'team-around-the-child') teamAroundTheChild(doc, today);
}
