/**
 * The check-in desk's words (检录) and how boards name an absent competitor, in both languages. Kept beside i18n.ts
 * (data only: i18n.ts reads it) so other screens add theirs apart.
 */
export const checkInZh = {
  checkIn: '检录',
  checkInFind: '工位号、选手编号或身份证号（可扫码）',
  checkInSubmit: '签到',
  checkedIn: '已签到：{who}',
  alreadyCheckedIn: '{who} 已于 {time} 签到',
  present: '已签到',
  absent: '缺考',
  waiting: '待检录',
  allCompetitors: '全部',
  idNumber: '身份证号',
  attendance: '检录状态',
  markAbsent: '记为缺考',
  markAbsentConfirm: '将 {who} 记为缺考？缺考选手不能评分、不排名、不获奖；撤销须填写原因。',
  undo: '撤销',
  undoAbsence: '撤销缺考',
  undoAbsenceTitle: '撤销 {who} 的缺考',
  markWaitingAbsent: '其余待检录记为缺考',
  markWaitingAbsentConfirm: '结束检录：{waiting} 名待检录选手将记为缺考，此后不能为其评分（撤销须填写原因）。已有评分的选手不会记为缺考。',
  sweepDone: '{marked} 名选手记为缺考。',
  sweepMarkedNotCheckedIn: '{count} 名选手已有评分但未签到，请为其签到。',
} as const;

export const checkInEn: Record<keyof typeof checkInZh, string> = {
  checkIn: 'Check-in',
  checkInFind: 'Station, code or ID number (or scan)',
  checkInSubmit: 'Check in',
  checkedIn: 'Checked in: {who}',
  alreadyCheckedIn: '{who} was checked in at {time}',
  present: 'Present',
  absent: 'Absent',
  waiting: 'Waiting',
  allCompetitors: 'All',
  idNumber: 'ID number',
  attendance: 'Attendance',
  markAbsent: 'Mark absent',
  markAbsentConfirm: 'Mark {who} absent? An absent competitor takes no marks, is not ranked and gets no award; taking it back needs a reason.',
  undo: 'Undo',
  undoAbsence: 'Take back absence',
  undoAbsenceTitle: 'Take back the absence of {who}',
  markWaitingAbsent: 'Mark everyone waiting absent',
  markWaitingAbsentConfirm: 'End check-in: {waiting} competitors still waiting will be marked absent and take no marks (taking it back needs a reason). Competitors already marked by judges are left waiting.',
  sweepDone: '{marked} competitors marked absent.',
  sweepMarkedNotCheckedIn: '{count} competitors have marks but were never checked in: check them in.',
};
