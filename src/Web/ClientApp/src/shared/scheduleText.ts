import { same, type Say } from './staffText';

/**
 * The words of sessions that run the day (场次): the public schedule screen, the console's sessions panel and the
 * tablet's session marker, in both languages. Kept beside i18n.ts (data only: i18n.ts reads it) like checkInText.ts.
 */
export const scheduleZh = {
  schedule: '赛程',
  scheduleNow: '正在比赛',
  scheduleNext: '下一场',
  scheduleNoCurrent: '当前没有进行中的场次',
  scheduleNoNext: '没有后续场次',
  scheduleOnTime: '按计划进行',
  scheduleLate: '落后计划 {minutes} 分钟',
  scheduleFinished: '已结束',
  scheduleSessions: '全部场次',
  scheduleEmpty: '尚未安排场次',
  scheduleCompetitor: '选手',
  scheduleState: '状态',
  scheduleDone: '已完成',
  scheduleTime: '时间',
  scheduleVenue: '场地',
  tabSessions: '场次',
  sessionsHint: '按抽签顺序把选手分到各场次和工位；抽签后、评分开始前安排，重新抽签后需重新安排。',
  stations: '工位数',
  capacity: '人数上限',
  assignSessions: '安排场次',
  sessionsAssigned: '已安排 {count} 名选手',
  schedulePdf: '打印赛程（PDF）',
  publicSchedule: '公开赛程屏',
  currentSession: '本场',
};

export const scheduleEn: Record<keyof typeof scheduleZh, string> = {
  schedule: 'Schedule',
  scheduleNow: 'Competing now',
  scheduleNext: 'Next',
  scheduleNoCurrent: 'No session is running',
  scheduleNoNext: 'No further session',
  scheduleOnTime: 'On time',
  scheduleLate: '{minutes} min behind plan',
  scheduleFinished: 'Finished',
  scheduleSessions: 'All sessions',
  scheduleEmpty: 'No sessions assigned yet',
  scheduleCompetitor: 'Competitor',
  scheduleState: 'State',
  scheduleDone: 'Done',
  scheduleTime: 'Time',
  scheduleVenue: 'Venue',
  tabSessions: 'Sessions',
  sessionsHint: 'Seats competitors in sessions and stations in drawn order; after the draw and before marking starts, and again after a new draw.',
  stations: 'Stations',
  capacity: 'Capacity',
  assignSessions: 'Assign sessions',
  sessionsAssigned: '{count} competitors seated',
  schedulePdf: 'Print schedule (PDF)',
  publicSchedule: 'Public schedule screen',
  currentSession: 'This session',
};

/** Refusals of the sessions plan, by problem code. */
export const scheduleRefusals: Record<string, Say> = {
  'sessions-closed': same('评分已开始，场次和工位不能再调整。', 'Marking has started: sessions and stations can no longer change.'),
  'draw-required': same('请先为全部选手抽签：场次按抽签顺序安排。', 'Draw lots for the whole roster first: sessions follow the drawn order.'),
  'sessions-undefined': same('请先在赛项设置中填写场次（名称、开始、结束）。', 'Define the event’s sessions (name, start, end) in its settings first.'),
  'session-unknown': same('该赛项没有这个场次。', 'The event has no such session.'),
  'session-name-repeated': same('两个场次同名，请改名。', 'Two sessions share a name; rename one.'),
  'sessions-required': same('每个场次的人数上限至少为 1。', 'Every session needs a capacity of at least one.'),
  'stations-required': same('请填写工位数（至少 1 个）。', 'Enter the number of stations (at least one).'),
  'sessions-too-small': same('场次容量不够容纳全部选手：请增加场次、人数上限或工位。', 'The sessions cannot seat every competitor: add a session, capacity or stations.'),
};
