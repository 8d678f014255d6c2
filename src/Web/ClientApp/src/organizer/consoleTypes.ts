// Console-only shapes of the API (see docs/api.md); shared ones are in ../shared/types.
import type { AspectKind, EventStatus, PublicBoardMode } from '../shared/types';

export type Aggregation = 'Mean' | 'TrimmedMean' | 'Median';
export type TieBreakKind = 'PracticalScore' | 'CriterionScore' | 'TimeUsed';

export interface Account {
  userName: string;
  displayName: string;
  isAdministrator: boolean;
  contestIds: string[];
  disabled: boolean;
  role: 'Organizer' | 'Arbitrator' | 'TeamLeader';
  delegation: string | null;
}

export interface Appeal {
  id: string;
  competitorId: string;
  delegation: string;
  lodgedBy: string;
  lodgedAt: string;
  reason: string;
  status: 'Open' | 'Upheld' | 'Dismissed';
  decidedBy: string | null;
  decidedAt: string | null;
  decision: string | null;
}

export interface ContestAppeal {
  eventCode: string;
  appeal: Appeal;
}

export interface ContestDefinition {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  venues: string[];
  delegations: string[] | null;
  medalCounting: MedalCounting;
}

export type MedalCounting = 'AllEvents' | 'PublishedEvents';

export interface EventSession {
  name: string;
  startsAt: string;
  endsAt: string;
  venue: string | null;
}

export interface ContestView {
  definition: ContestDefinition;
  eventCodes: string[];
  judgeIds: string[];
}

export interface EventProgress {
  competitors: number;
  completeSheets: number;
  missingMarks: number;
  openDisputes: number;
  spreadAlerts: number;
}

export interface EventOverview {
  code: string;
  name: string;
  venue: string;
  status: EventStatus;
  publicBoard: PublicBoardMode;
  aspects: number;
  progress: EventProgress;
}

export interface SchemeAspect {
  id: string;
  title: string;
  kind: AspectKind;
  maxMark: number;
  step: number;
  aggregation: Aggregation;
  spreadThreshold: number;
}

export interface SchemeCriterion {
  id: string;
  title: string;
  aspects: SchemeAspect[];
}

export interface MarkingScheme {
  criteria: SchemeCriterion[];
}

export interface EventDefinition {
  code: string;
  name: string;
  venue: string;
  format: 'Individual' | 'Team';
  blindMarking: boolean;
  theoryPercent: number;
  practicalPercent: number;
  tieBreaks: { kind: TieBreakKind; criterionId?: string | null }[] | null;
  awards: AwardRules | null;
  publicNames: boolean;
  noticeHours: number;
  appealHours: number;
  sessions: EventSession[] | null;
}

export type AwardBasis = 'ShareOfField' | 'Rank';
export type ShareRounding = 'HalfUp' | 'Down' | 'DownAtLeastOne';

export interface AwardRules {
  firstPercent: number;
  secondPercent: number;
  thirdPercent: number;
  minimumScore: number;
  basis: AwardBasis;
  rounding: ShareRounding;
  ties: 'Share' | 'Break';
  firstPlaces: number;
  secondPlaces: number;
  thirdPlaces: number;
  meritUpToPlace: number;
  meritPercent: number;
  titles: { upToPlace: number; title: string }[] | null;
  promotions: { award: 'First' | 'Second' | 'Third' | 'Merit'; toLevel: string | null }[] | null;
}

export interface JudgePanel {
  id: string;
  judgeIds: string[];
  criterionIds: string[];
  aspectIds: string[];
}

export interface PanelSetup {
  chiefJudgeId: string | null;
  panels: JudgePanel[];
}

export interface Recusal {
  judgeId: string;
  competitorId: string;
  reason: string;
}

export interface EventView {
  contestId: string;
  definition: EventDefinition;
  scheme: MarkingScheme;
  status: EventStatus;
  competitorCount: number;
  panels: PanelSetup;
  recusals: Recusal[];
  publishedAt: string | null;
  schemeVersion: number;
  /** Publication + noticeHours: the 公示 the organizer set. */
  noticeUntil?: string | null;
  /** Publication + appealHours: the last moment to lodge an appeal. */
  appealsUntil?: string | null;
}

export interface CompetitorEntry {
  id: string;
  name: string;
  organisation: string;
  delegation: string;
  station: number | null;
  blindCode: string | null;
  idNumber?: string | null;
  currentLevel?: string | null;
  theoryCode?: string | null;
}

export interface JudgeProfile {
  id: string;
  name: string;
  organisation: string;
}

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  rowCount: number;
  errors: ImportError[];
  byEvent?: Record<string, number>;
  preview: Record<string, unknown>[];
}

export interface DrawEntry {
  competitorId: string;
  name: string;
  station: number;
  blindCode: string;
  theoryCode: string | null;
}

export interface DrawResult {
  seed: string;
  drawnAt: string;
  drawnBy: string;
  entries: DrawEntry[];
}

export interface SignInCode {
  code: string;
  signInPath: string;
  signInUrl: string;
  qrSvg: string;
  expiresAt: string;
}
