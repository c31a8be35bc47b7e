import { describe, expect, it } from 'vitest';
import { participantText } from './participantText.ts';

describe('participantText', () => {
  it('trims and collapses spaces', () => {
    expect(participantText('  Ann   Jones ', 80, 'Anonymous')).toBe('Ann Jones');
  });

  it('removes control characters, so a name cannot forge log lines or layout', () => {
    expect(participantText('Ann\nJones\u0007', 80, 'Anonymous')).toBe('Ann Jones');
  });

  it('cuts a long value to the limit, by characters', () => {
    expect(participantText('é'.repeat(200), 120, 'Anonymous')).toBe('é'.repeat(120));
  });

  it('uses the fallback when nothing is given', () => {
    expect(participantText(null, 80, 'Anonymous')).toBe('Anonymous');
    expect(participantText('   ', 80, 'Anonymous')).toBe('Anonymous');
  });
});
