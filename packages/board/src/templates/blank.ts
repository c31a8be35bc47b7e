import type { BoardTemplate } from './template.js';

/** An empty board: partners, goals and actions are added by hand. */
export const blank: BoardTemplate = {
  label: 'Blank board',
  description: 'Start with nothing and add your own partners, goals and actions.',
};
