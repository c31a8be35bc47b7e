import type { ComponentType } from 'react';
import { AttendancePanel } from './capture/AttendancePanel';
import { CapturePanel } from './capture/CapturePanel';
import { VotePanel } from './vote/VotePanel';

/** What a panel rendered inside the meeting bar is told: whether this person facilitates. */
export interface MeetingPanelProps {
  readonly facilitator: boolean;
}

/** A panel shown inside the meeting bar while a meeting runs (dot voting, quick capture, attendance...). */
export interface MeetingPanel {
  /** Unique; also the React key. */
  readonly id: string;
  readonly Panel: ComponentType<MeetingPanelProps>;
}

/** The panels the meeting bar renders, in this order; other meeting features add themselves here. */
export const meetingPanels: readonly MeetingPanel[] = [
  { id: 'capture', Panel: CapturePanel },
  { id: 'vote', Panel: VotePanel },
  { id: 'attendance', Panel: AttendancePanel },
];
