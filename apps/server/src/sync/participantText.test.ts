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
    // 60 characters, 120 UTF-16 code units: within the limit of 80 characters.
    expect(participantText('😀'.repeat(60), 80, 'Anonymous')).toBe('😀'.repeat(60));
    expect(participantText('😀'.repeat(100), 80, 'Anonymous')).toBe('😀'.repeat(80));
    expect(participantText('a'.repeat(80), 80, 'Anonymous')).toBe('a'.repeat(80));
  });

  it('uses the fallback when nothing is given', () => {
    expect(participantText(null, 80, 'Anonymous')).toBe('Anonymous');
    expect(participantText('   ', 80, 'Anonymous')).toBe('Anonymous');
  });
});
