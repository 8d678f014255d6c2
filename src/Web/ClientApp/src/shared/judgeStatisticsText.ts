/**
 * The chief judge's table of judges' marking statistics (JudgeStatisticsTable.tsx), in both languages. Kept beside
 * i18n.ts (data only: i18n.ts spreads it into its tables) so the feature's words stay together.
 */
export const judgeStatisticsZh = {
  judgeStatistics: '裁判评分统计',
  judgeStatisticsHint: '偏差 = 裁判分数（0–3）减去裁判组汇总值，仅计至少两名裁判评分的评价项；正值偏高，负值偏低。',
  statMarks: '评分数',
  statCompared: '参与比较',
  statMeanDeviation: '平均偏差',
  statMeanAbsoluteDeviation: '平均绝对偏差',
  statSpreadCaused: '引发分差预警',
  statRemarks: '要求重评',
  statCorrections: '被更正',
  statCorrectionsAfterPublication: '公布后更正',
} as const;

export const judgeStatisticsEn: Record<keyof typeof judgeStatisticsZh, string> = {
  judgeStatistics: 'Judge marking statistics',
  judgeStatisticsHint: 'Deviation = the judge’s score (0–3) minus the panel’s aggregate, on judgement aspects two or more judges marked; above zero: generous.',
  statMarks: 'Marks',
  statCompared: 'Compared',
  statMeanDeviation: 'Mean deviation',
  statMeanAbsoluteDeviation: 'Mean abs. deviation',
  statSpreadCaused: 'Spread alerts caused',
  statRemarks: 'Re-marks requested',
  statCorrections: 'Corrected',
  statCorrectionsAfterPublication: 'After publication',
};
