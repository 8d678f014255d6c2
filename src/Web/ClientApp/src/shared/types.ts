// Shapes of the HTTP API's JSON (see docs/api.md); enum values arrive as strings.

export type AspectKind = 'Measurement' | 'Judgement';
export type EventStatus = 'Setup' | 'Scoring' | 'Locked' | 'Published';
export type AwardBand = 'None' | 'First' | 'Second' | 'Third' | 'Merit';

export interface AspectDefinition {
  id: string;
  title: string;
  kind: AspectKind;
  maxMark: number;
  step: number;
}

export interface CriterionDefinition {
  id: string;
  title: string;
  aspects: AspectDefinition[];
}

export interface AssignedCompetitor {
  id: string;
  station: number | null;
  blindCode: string | null;
  name: string | null;
}

export interface JudgeEventAssignment {
  eventCode: string;
  eventName: string;
  venue: string;
  status: EventStatus;
  isChief: boolean;
  criteria: CriterionDefinition[];
  competitors: AssignedCompetitor[];
}

export interface JudgeSheetView {
  competitorId: string;
  marks: { aspectId: string; value: number }[];
  submitted: boolean;
  remarkRequests: { aspectId: string; note: string; requestedAt: string }[];
  /** Marked absent (缺考): no mark is taken for him. */
  absent?: boolean;
}

export interface JudgeWorkload {
  contestId: string;
  judge: { id: string; name: string; organisation: string };
  events: { assignment: JudgeEventAssignment; sheets: JudgeSheetView[] }[];
}

export interface SessionResponse {
  token: string;
  contestId: string;
  judgeId: string;
  expiresAt: string;
}

export interface LeaderboardRow {
  rank: number;
  /** The row's identity on its board: the competitor id on staff boards, an opaque key on public boards. */
  key: string;
  /** Staff boards only: public boards never carry the internal competitor id. */
  competitorId?: string | null;
  name: string;
  blindCode: string | null;
  organisation: string;
  delegation: string;
  theory: number | null;
  practical: number;
  total: number;
  award: AwardBand;
  isComplete: boolean;
  missingMarks: number;
  openDisputes: number;
  spreadAlerts: number;
  title?: string | null;
  promotedTo?: string | null;
  standardised?: number | null;
  excellence?: boolean;
  /** Marked absent (缺考): unranked (rank 0), no award; boards show 缺考 in place of rank and score. Sent only when true. */
  absent?: boolean;
}

export type PublicBoardMode = 'Live' | 'Frozen' | 'Hidden';

export interface LeaderboardView {
  eventKey: string;
  version: number;
  rows: LeaderboardRow[];
  epoch: string;
  isFinal: boolean;
  publicBoard: PublicBoardMode;
  finalFrom?: string | null;
  /** The event's name (the code alone means little to a spectator). */
  eventName?: string | null;
}

/** One judge's marking statistics in an event (JudgeMarkingStatistics.cs defines each figure). */
export interface JudgeStatisticsLine {
  judgeId: string;
  name: string;
  marks: number;
  comparedMarks: number;
  meanDeviation: number | null;
  meanAbsoluteDeviation: number | null;
  spreadAlertsCaused: number;
  remarksRequested: number;
  corrections: number;
  correctionsAfterPublication: number;
}

export interface DelegationAwards {
  delegation: string;
  first: number;
  second: number;
  third: number;
  final: boolean;
}

export interface EventSummary {
  eventCode: string;
  name: string;
  venue: string;
  status: EventStatus;
  publicBoard: PublicBoardMode;
  competitors: number;
  completeSheets: number;
  awards: DelegationAwards[];
  best?: DelegationBest[] | null;
}

export interface DelegationBest {
  delegation: string;
  eventCode: string;
  name: string;
  standardised: number;
}

export interface ContestBoardView {
  contestId: string;
  name: string;
  events: EventSummary[];
  medals: DelegationAwards[];
  bestOfDelegation?: DelegationBest[] | null;
  epoch: string;
  version: number;
  medalCounting: MedalCounting;
}

/** Which events the medal table counts, as the organizers chose. */
export type MedalCounting = 'AllEvents' | 'PublishedEvents';

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

export interface AspectView {
  aspectId: string;
  criterionId: string;
  kind: AspectKind;
  maxMark: number;
  mark: number | null;
  judgeMarks: { judgeId: string; value: number }[];
  missingJudges: string[];
  disputed: boolean;
  spreadAlert: boolean;
}

export interface ScoresheetView {
  eventKey: string;
  competitorId: string;
  ledgerSequence: number;
  aspects: AspectView[];
  criterionScores: Record<string, number>;
  practicalRaw: number;
  practical: number;
  theory: number | null;
  total: number;
  isComplete: boolean;
  submittedBy: string[];
  attendance: Attendance;
}

export interface LedgerEntryView {
  sequence: number;
  entryId: string;
  kind: string;
  aspectId: string | null;
  judgeId: string | null;
  actorId: string;
  deviceId: string | null;
  value: number | null;
  previousValue: number | null;
  reason: string | null;
  recordedAt: string;
  hash: string;
}

/** A competitor's attendance at check-in (检录): waiting (Unknown), Present or Absent (缺考). */
export type Attendance = 'Unknown' | 'Present' | 'Absent';
export type AttendanceAction = 'CheckIn' | 'MarkAbsent' | 'Undo';

export interface CheckInEntry {
  competitorId: string;
  station: number | null;
  blindCode: string | null;
  /** Only for those who may see names; the ID number always masked. */
  name: string | null;
  idNumber: string | null;
  attendance: Attendance;
}

export interface CheckInList {
  competitors: CheckInEntry[];
  present: number;
  absent: number;
  waiting: number;
}

export interface LedgerReceipt {
  entryId: string;
  sequence: number;
  recordedAt: string;
  kind: string;
  value: number | null;
}

export interface CheckInOutcome {
  competitor: CheckInEntry;
  receipt: LedgerReceipt;
  /** Checked in before: the receipt is that earlier check-in's. */
  repeat: boolean;
}

export interface AbsenceSweep {
  markedAbsent: number;
  markedButNotCheckedIn: number;
}

export type AnnouncementAudience = 'Judges' | 'Public';

/** A banner on a public board: its text and times only. */
export interface PublicBanner {
  id: string;
  text: string;
  sentAt: string;
  expiresAt: string | null;
}

/** One board's banners (an event's, or the contest's when eventCode is null), whole; a newer version replaces them. */
export interface BannerBoard {
  contestId: string;
  eventCode: string | null;
  version: number;
  banners: PublicBanner[];
}

/** A message as the judge it went to sees it. */
export interface JudgeAnnouncement {
  id: string;
  eventCode: string;
  text: string;
  fromChiefJudge: boolean;
  sentAt: string;
  acknowledgedAt: string | null;
}

/** An announcement as its senders follow it, with each addressed judge's acknowledgement. */
export interface AnnouncementView {
  id: string;
  audience: AnnouncementAudience;
  text: string;
  sentBy: string;
  fromChiefJudge: boolean;
  sentAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  isShowing: boolean;
  addressees: { judgeId: string; name: string; acknowledgedAt: string | null }[];
}

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  code?: string;
  /** Counts behind some refusals (e.g. event-incomplete), so they can be said in the user's language. */
  [figure: string]: unknown;
}
