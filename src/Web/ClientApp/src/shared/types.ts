// Shapes of the HTTP API's JSON (see docs/api.md): generated from the served OpenAPI document (api-schema.d.ts, npm run
// api-types); written by hand only what the document does not describe (the hubs' messages, problems' figures).
import type { components } from './api-schema';

export type Schemas = components['schemas'];

export type AspectKind = Schemas['AspectKind'];
export type EventStatus = Schemas['EventStatus'];
export type AwardBand = Schemas['AwardBand'];

export type AspectDefinition = Schemas['AspectDefinition'];

export type CriterionDefinition = Schemas['CriterionDefinition'];

export type AssignedCompetitor = Schemas['AssignedCompetitor'];

export type JudgeEventAssignment = Schemas['JudgeEventAssignment'];

export type JudgeSheetView = Schemas['JudgeSheetView'];

export type JudgeWorkload = Schemas['JudgeWorkload'];

export type SessionResponse = Schemas['SessionResponse'];

export type LeaderboardRow = Schemas['LeaderboardRow'];

export type PublicBoardMode = Schemas['PublicBoardMode'];

export type LeaderboardView = Schemas['LeaderboardView'];

/** One judge's marking statistics in an event (JudgeMarkingStatistics.cs defines each figure). */
export type JudgeStatisticsLine = Schemas['JudgeStatisticsLine'];

export type DelegationAwards = Schemas['DelegationAwards'];

export type EventSummary = Schemas['EventSummary'];

export type DelegationBest = Schemas['DelegationBest'];

export type ContestBoardView = Schemas['ContestBoardView'];

/** Which events the medal table counts, as the organizers chose. */
export type MedalCounting = Schemas['MedalCounting'];

/** Pushed at most once a second: the events that changed (whole) and the contest's tables as they now stand. */
export interface ContestBoardUpdate {
  contestId: string;
  epoch: string;
  version: number;
  events: EventSummary[];
  medals: DelegationAwards[];
  bestOfDelegation: DelegationBest[];
  changedAt: string;
  medalCounting: MedalCounting;
}

export interface LeaderboardDelta {
  eventKey: string;
  epoch: string;
  fromVersion: number;
  toVersion: number;
  changed: LeaderboardRow[];
  removed: string[];
  isFinal: boolean;
  publicBoard: PublicBoardMode;
  ranks: { key: string; rank: number; award: AwardBand }[];
}

export interface LeaderboardCatchUp {
  deltas: LeaderboardDelta[];
  snapshot: LeaderboardView | null;
}

export type AspectView = Schemas['AspectView'];

export type ScoresheetView = Schemas['ScoresheetView'];

export type LedgerEntryView = Schemas['LedgerEntryView'];

/** A competitor's attendance at check-in (检录): waiting (Unknown), Present or Absent (缺考). */
export type Attendance = Schemas['Attendance'];
export type AttendanceAction = Schemas['AttendanceAction'];

export type CheckInEntry = Schemas['CheckInEntry'];

export type CheckInList = Schemas['CheckInList'];

export type LedgerReceipt = Schemas['LedgerReceipt'];

export type CheckInOutcome = Schemas['CheckInOutcome'];

export type AbsenceSweep = Schemas['AbsenceSweep'];

export type AnnouncementAudience = Schemas['AnnouncementAudience'];

/** A banner on a public board: its text and times only. */
export type PublicBanner = Schemas['PublicBanner'];

/** One board's banners (an event's, or the contest's when eventCode is null), whole; a newer version replaces them. */
export type BannerBoard = Schemas['BannerBoard'];

/** A message as the judge it went to sees it. */
export type JudgeAnnouncement = Schemas['JudgeAnnouncement'];

/** An announcement as its senders follow it, with each addressed judge's acknowledgement. */
export type AnnouncementView = Schemas['AnnouncementView'];

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  code?: string;
  /** Counts behind some refusals (e.g. event-incomplete), so they can be said in the user's language. */
  [figure: string]: unknown;
}

/** One part of a skill-level assessment (or the whole of it): passed, failed, absent, not final yet, or not used. */
export type PartResult = Schemas['PartResult'];

/** An event's day as planned and as it runs: sessions, seats, now and next (the public schedule and the console's). */
export type EventSchedule = Schemas['EventSchedule'];

export type ScheduledSession = Schemas['ScheduledSession'];

export type SeatState = Schemas['SeatState'];
