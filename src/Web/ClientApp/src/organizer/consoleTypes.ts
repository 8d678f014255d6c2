// Console-only shapes of the API, generated like ../shared/types (which has the shared ones); by hand only those the
// console builds itself before sending.
import type { AspectKind, Schemas } from '../shared/types';

export type Aggregation = 'Mean' | 'TrimmedMean' | 'Median';
export type TieBreakKind = Schemas['TieBreakKind'];

export type Account = Schemas['Account'];

export type Appeal = Schemas['Appeal'];

export type ContestAppeal = Schemas['ContestAppeal'];

export type ContestDefinition = Schemas['ContestDefinition'];

export type MedalCounting = Schemas['MedalCounting'];

export type EventSession = Schemas['EventSession'];

export type ContestView = Schemas['ContestView'];

export type EventProgress = Schemas['EventProgress'];

export type EventOverview = Schemas['EventOverview'];

export type PersonHistory = Schemas['PersonHistory'];

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

export type EventDefinition = Schemas['EventDefinition'];

export type AwardBasis = Schemas['AwardBasis'];
export type ShareRounding = Schemas['ShareRounding'];

export type AwardRules = Schemas['AwardRuleDefinition'];

export type JudgePanel = Schemas['JudgePanel'];

export type PanelSetup = Schemas['PanelSetup'];

export type Recusal = Schemas['Recusal'];

export type EventView = Schemas['EventView'];

export type CompetitorEntry = Schemas['CompetitorEntry'];

export type JudgeProfile = Schemas['JudgeProfile'];

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

export type DrawEntry = Schemas['DrawEntry'];

export type DrawResult = Schemas['DrawResult'];

export interface SignInCode {
  code: string;
  signInPath: string;
  signInUrl: string;
  qrSvg: string;
  expiresAt: string;
}

export type AdvancementView = Schemas['AdvancementView'];

export type AdvancementStatus = Schemas['AdvancementStatus'];

export type AdvancementKind = Schemas['AdvancementKind'];

export type AdvancementDefinition = Schemas['AdvancementDefinition'];
