/**
 * Skill-level assessments (技能等级认定): the console's settings and how boards show a part passed or failed, in both
 * languages. Kept beside i18n.ts (data only: i18n.ts reads it).
 */
export const assessmentZh = {
  isAssessment: '技能等级认定（不排名、不评奖，各部分达合格线即通过）',
  assessedLevel: '认定等级',
  theoryPassMark: '理论合格线',
  practicalPassMark: '实操合格线',
  assessmentResult: '认定结果',
  partPass: '通过',
  partFail: '未通过',
  partPending: '待定',
} as const;

export const assessmentEn: Record<keyof typeof assessmentZh, string> = {
  isAssessment: 'Skill-level assessment (no ranking or prizes; a candidate passes with every part at its pass mark)',
  assessedLevel: 'Level assessed',
  theoryPassMark: 'Theory pass mark',
  practicalPassMark: 'Practical pass mark',
  assessmentResult: 'Result',
  partPass: 'Pass',
  partFail: 'Fail',
  partPending: 'Pending',
};
