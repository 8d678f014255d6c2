import { signal } from './signal';
import { judgeStatisticsEn, judgeStatisticsZh } from './judgeStatisticsText';
import { ledgerKindNames, staffRefusals } from './staffText';

export type Language = 'zh-CN' | 'en';

const zh = {
  appTitle: '评分终端',
  signIn: '登录',
  signInCode: '登录码',
  signInHint: '请输入组委会发放的一次性登录码，或扫描二维码。',
  signInFailed: '登录失败',
  signOut: '退出',
  myEvents: '我的赛项',
  chief: '裁判长',
  competitors: '选手',
  station: '工位',
  code: '编号',
  progress: '进度',
  marked: '已评',
  toMark: '待评',
  submitted: '已提交',
  submitSheet: '提交本选手评分',
  submitConfirm: '提交后修改须经裁判长。确认提交？',
  back: '返回',
  maxMark: '满分',
  step: '步长',
  range: '范围',
  ok: '确定',
  clear: '清除',
  pending: '已存平板',
  synced: '已同步',
  rejected: '被拒绝',
  offline: '离线：评分保存在平板上，联网后自动上传',
  online: '在线',
  queued: '待上传',
  marksWaiting: '条评分待上传',
  searchCompetitors: '搜索工位号或编号',
  noMatch: '没有符合的选手',
  sessionRevoked: '登录已失效或被撤销。未上传的评分仍保存在本平板上，请重新登录后自动上传。',
  remarkRequested: '裁判长要求重评',
  measurement: '测量',
  judgement: '评价',
  invalidValue: '无效分值',
  dashboard: '评分监控',
  complete: '完成',
  missing: '缺评',
  disputes: '争议',
  spread: '分差预警',
  ...judgeStatisticsZh,
  rank: '名次',
  total: '总分',
  practical: '实操',
  theory: '理论',
  lockEvent: '锁定赛项',
  lockRefused: '无法锁定',
  upheldAppeal: '依据的申诉（已支持）',
  noUpheldAppeal: '成绩已公布：须有仲裁组支持的申诉才能更改。',
  locked: '已锁定',
  status: '状态',
  requestRemark: '要求重评',
  note: '说明',
  resolve: '裁定',
  correct: '更正',
  reason: '原因',
  reasonRequired: '必须填写原因',
  audit: '审计记录',
  when: '时间',
  who: '操作人',
  what: '内容',
  judge: '裁判',
  aspect: '评分项',
  value: '分值',
  previous: '原值',
  noEvents: '暂无分配的赛项',
  language: 'English',
  loading: '加载中…',
  live: '实时',
  reconnecting: '重新连接中…',
  save: '保存',
  cancel: '取消',
  mark: '分数',
  contestHome: '赛事首页',
  events: '赛项',
  medalTable: '获奖统计',
  delegation: '代表队',
  first: '一等奖',
  merit: '优胜奖',
  excellence: '优秀',
  bestOfDelegation: '各代表队最佳',
  standardised: '标准分',
  promotedTo: '晋升',
  second: '二等奖',
  third: '三等奖',
  allPrizes: '合计',
  provisional: '暂定成绩',
  final: '最终成绩',
  notice: '公示中，截止',
  frozen: '成绩已冻结，将在颁奖时公布',
  hidden: '成绩暂不公开，待公布',
  name: '选手',
  organisation: '单位',
  award: '奖项',
  venue: '赛场',
  completeSheets: '评分完成',
  bigScreen: '大屏模式',
  jumpToMedals: '跳到获奖统计 ↓',
  provisionalPrize: '暂定',
  provisionalNote: '标“暂定”的代表队含尚未最终确定（评分中或公示中）的赛项奖项，可能变动。',
  Setup: '未开始',
  Scoring: '评分中',
  Locked: '已锁定',
  Published: '已公布',
  confirm: '确认',
  lockConfirmTitle: '锁定赛项？',
  lockConfirm: '锁定 {event}：{sheets} 份评分表，锁定后不能再评分；此后只能由裁判长填写原因更正。',
  theoryPending: '待理论成绩',
  sheetComplete: '评分表完整',
  sheetIncomplete: '评分表未完成',
  submittedBy: '已提交',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'Judging tablet',
  signIn: 'Sign in',
  signInCode: 'Sign-in code',
  signInHint: 'Enter the one-time code the organizers gave you, or scan its QR code.',
  signInFailed: 'Sign-in failed',
  signOut: 'Sign out',
  myEvents: 'My events',
  chief: 'Chief judge',
  competitors: 'Competitors',
  station: 'Station',
  code: 'Code',
  progress: 'Progress',
  marked: 'marked',
  toMark: 'to mark',
  submitted: 'Submitted',
  submitSheet: 'Submit this score sheet',
  submitConfirm: 'After submitting, changes need the chief judge. Submit?',
  back: 'Back',
  maxMark: 'Max',
  step: 'step',
  range: 'Range',
  ok: 'OK',
  clear: 'Clear',
  pending: 'Saved on tablet',
  synced: 'Synced',
  rejected: 'Rejected',
  offline: 'Offline: marks are kept on the tablet and sent when back online',
  online: 'Online',
  queued: 'queued',
  marksWaiting: 'marks waiting to send',
  searchCompetitors: 'Search by station or code',
  noMatch: 'No competitor matches',
  sessionRevoked: 'Your session has expired or was revoked. Marks not yet sent are kept on this tablet and will be sent after you sign in again.',
  remarkRequested: 'Chief judge asks for a re-mark',
  measurement: 'Measurement',
  judgement: 'Judgement',
  invalidValue: 'Invalid value',
  dashboard: 'Scoring overview',
  complete: 'Complete',
  missing: 'Missing',
  disputes: 'Disputes',
  spread: 'Spread alerts',
  ...judgeStatisticsEn,
  rank: 'Rank',
  total: 'Total',
  practical: 'Practical',
  theory: 'Theory',
  lockEvent: 'Lock event',
  lockRefused: 'Cannot lock',
  upheldAppeal: 'Upheld appeal',
  noUpheldAppeal: 'Results are published: a change needs an appeal the arbitration group upheld.',
  locked: 'Locked',
  status: 'Status',
  requestRemark: 'Request re-mark',
  note: 'Note',
  resolve: 'Resolve',
  correct: 'Correct',
  reason: 'Reason',
  reasonRequired: 'A reason is required',
  audit: 'Audit trail',
  when: 'When',
  who: 'By',
  what: 'What',
  judge: 'Judge',
  aspect: 'Aspect',
  value: 'Value',
  previous: 'Previous',
  noEvents: 'No events assigned yet',
  language: '中文',
  loading: 'Loading…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  save: 'Save',
  cancel: 'Cancel',
  mark: 'Mark',
  contestHome: 'Contest home',
  events: 'Events',
  medalTable: 'Prizes by delegation',
  delegation: 'Delegation',
  first: 'First prize',
  merit: 'Merit award',
  excellence: 'Medallion for Excellence',
  bestOfDelegation: 'Best of delegation',
  standardised: 'Standardised',
  promotedTo: 'Promoted to',
  second: 'Second prize',
  third: 'Third prize',
  allPrizes: 'Total',
  provisional: 'Provisional',
  final: 'Final',
  notice: 'Public notice period until',
  frozen: 'The board is frozen until the announcement',
  hidden: 'Results are held until the announcement',
  name: 'Competitor',
  organisation: 'Organisation',
  award: 'Award',
  venue: 'Venue',
  completeSheets: 'Sheets complete',
  bigScreen: 'Big screen',
  jumpToMedals: 'Jump to prizes ↓',
  provisionalPrize: 'Provisional',
  provisionalNote: 'Delegations marked provisional hold prizes of events not yet final (still marking or in the notice period); they may change.',
  Setup: 'Not started',
  Scoring: 'Scoring',
  Locked: 'Locked',
  Published: 'Published',
  confirm: 'Confirm',
  lockConfirmTitle: 'Lock the event?',
  lockConfirm: 'Lock {event}: {sheets} sheets, no further marks; after this only the chief judge corrects, with a reason.',
  theoryPending: 'Theory pending',
  sheetComplete: 'Sheet complete',
  sheetIncomplete: 'Sheet incomplete',
  submittedBy: 'Submitted by',
};

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export const language = signal<Language>((localStorage.getItem('language') as Language | null) ?? 'zh-CN');

export function setLanguage(value: Language): void {
  localStorage.setItem('language', value);
  document.documentElement.lang = value;
  language.value = value;
}

export function t(key: MessageKey): string {
  return dictionaries[language.value][key];
}

type Figures = Record<string, unknown>;
const count = (figures: Figures, name: string): number => (typeof figures[name] === 'number' ? (figures[name] as number) : 0);

/** Refusals the interface says in its own words, by problem code; any other falls back to the server's text. */
const refusals: Record<string, Record<Language, (figures: Figures) => string>> = {
  ...staffRefusals,
  'appeal-required': {
    'zh-CN': () => '成绩已公布：只能依据仲裁组已支持的该选手申诉更改，请选择该申诉。',
    en: () => 'Results are published: they change only for an appeal the arbitration group upheld for this competitor; choose it.',
  },
  'event-incomplete': {
    'zh-CN': (f) =>
      `${count(f, 'incompleteSheets')} 份评分表未完成：缺评分 ${count(f, 'missingMarks')} 项，缺理论成绩 ${count(f, 'missingTheory')} 份，未裁定争议 ${count(f, 'openDisputes')} 项。`,
    en: (f) =>
      `${count(f, 'incompleteSheets')} score sheets are incomplete: ${count(f, 'missingMarks')} marks missing, ${count(f, 'missingTheory')} theory scores missing, ${count(f, 'openDisputes')} open disputes.`,
  },
};

/** A server refusal in the current language: translated by its code where the interface knows it. */
export function refusal(problem: { code?: string; detail?: string; title?: string; status?: number } & Figures): string {
  const say = problem.code ? refusals[problem.code]?.[language.value] : undefined;
  return say ? say(problem) : (problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
}

/** A message with its {placeholders} filled in, in the current language. */
export function fill(key: MessageKey, values: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A ledger entry's kind in the current language; an unknown kind shows as stored. */
export function entryKind(kind: string): string {
  return ledgerKindNames[kind]?.[language.value] ?? kind;
}

/** An event status (Setup, Scoring, Locked, Published) in the current language; an unknown one shows as sent. */
export function eventStatus(status: string | undefined): string {
  return status && status in zh ? t(status as MessageKey) : (status ?? '');
}
