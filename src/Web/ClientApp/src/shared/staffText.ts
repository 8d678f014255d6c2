import type { Language } from './i18n';

type Figures = Record<string, unknown>;
export type Say = Record<Language, (figures: Figures) => string>;

/** A refusal said the same whatever its figures. */
export const same = (zh: string, en: string): Say => ({ 'zh-CN': () => zh, en: () => en });

/**
 * Every refusal a judge's or chief judge's tablet can be answered with (marks, submissions, re-mark requests,
 * corrections, dispute resolutions, locking, announcements, signing in), by problem code. The server's text is English and names
 * internal ids; these say the same in the tablet's language. Kept beside i18n.ts (data only: i18n.ts reads it) so other screens add theirs apart.
 */
export const staffRefusals: Record<string, Say> = {
  // Marks and submissions
  'mark-invalid': same('分值不符合该评分项的范围或步长（评价项只能是 0、1、2、3）。', 'The value is outside this aspect’s range or step (judgement aspects take 0, 1, 2 or 3).'),
  'value-unstorable': same('分值最多 4 位小数。', 'A value has at most 4 decimals.'),
  'unknown-aspect': same('该评分项不在本赛项的评分标准中。', 'This aspect is not in the event’s marking scheme.'),
  'not-on-panel': same('您不在评定该选手此项的裁判组中。', 'You are not on a panel that marks this competitor on this aspect.'),
  recused: same('您已回避该选手，不能为其评分。', 'You are recused from this competitor and cannot mark him.'),
  'not-your-mark': same('裁判只能录入自己的评分。', 'A judge can only enter his own marks.'),
  'not-your-sheet': same('裁判只能提交自己的评分表。', 'A judge can only submit his own score sheet.'),
  'sheet-submitted': same('评分表已提交：修改须由裁判长要求重评或更正。', 'This score sheet is submitted: changes now need the chief judge.'),
  'already-submitted': same('该评分表已提交过。', 'This score sheet was already submitted.'),
  'marks-missing': same('还有评分项未评，不能提交。', 'Some aspects are still to mark: the sheet cannot be submitted.'),
  'event-not-scoring': same('赛项尚未开始评分，现在不能录入。', 'Marking has not started for this event: nothing is accepted now.'),
  'event-locked': same('赛项已锁定：不再接受评分。', 'The event is locked: no further marks are accepted.'),
  'entry-id-reused': same('该记录编号已用于另一操作，请重新录入。', 'This entry id was already used for another command; enter it again.'),
  'entry-id-empty': same('记录缺少编号，请重新录入。', 'The entry has no id; enter it again.'),
  'batch-size': same('一次上传的评分过多或为空。', 'Too many (or no) marks in one upload.'),
  'mark-incomplete': same('评分数据不完整。', 'A mark is incomplete.'),
  'invalid-id': same('赛项或选手编号无效。', 'The event code or competitor id is not valid.'),
  'judge-required': same('组委会录入评分时须指明裁判。', 'An organizer entering a mark must name the judge.'),
  // Chief judge's actions
  'chief-judge-only': same('只有本赛项的裁判长可以执行此操作。', 'Only the event’s chief judge may do this.'),
  'reason-required': same('必须填写原因，原因将记入审计记录。', 'A reason is required; it is kept in the audit trail.'),
  'not-measurement': same('评价项不存在争议裁定，只有测量项可以裁定。', 'Only measurement aspects have disputes to resolve.'),
  'text-too-long': same('文字过长。', 'The text is too long.'),
  'text-control-character': same('文字含有不允许的控制字符。', 'The text contains a character that is not allowed.'),
  'text-formula': same('文字不能以 =、+、- 或 @ 开头。', 'The text cannot start with =, +, - or @.'),
  'appeal-not-found': same('找不到该申诉。', 'There is no such appeal.'),
  'status-transition': same('赛项当前状态不能转为该状态。', 'The event cannot move to that status from its current one.'),
  'status-forbidden': same('您无权将赛项转为该状态。', 'You may not move the event to that status.'),
  'not-ready': same('赛项尚未准备好评分（评分标准、选手或裁判组缺失）。', 'The event is not ready for marking (scheme, competitors or panels missing).'),
  // Check-in (检录)
  'competitor-absent': same('该选手已记为缺考：不能评分或签到；须填写原因撤销缺考后才能继续。', 'This competitor is marked absent: no marks or check-in until the absence is taken back with a reason.'),
  'already-present': same('该选手已签到；如要记为缺考，请先撤销签到。', 'This competitor is already checked in; undo the check-in first to mark him absent.'),
  'already-absent': same('该选手已记为缺考。', 'This competitor is already marked absent.'),
  'attendance-has-marks': same('裁判已为该选手评分，说明其已到场：请为其签到，不能记为缺考。', 'Judges have marked this competitor, so he was there: check him in instead.'),
  'attendance-unknown': same('该选手尚未签到或记为缺考，无可撤销。', 'This competitor is neither checked in nor absent: there is nothing to undo.'),
  'attendance-action-unknown': same('未知的检录操作。', 'Unknown check-in action.'),
  'check-in-closed': same('赛项已锁定：检录状态不能再更改。', 'The event is locked: attendance can no longer change.'),
  'lookup-empty': same('请输入或扫描工位号、选手编号或身份证号。', 'Enter or scan a station number, code, competitor id or ID number.'),
  'lookup-no-match': same('本赛项没有与之对应的选手（工位号、选手编号或身份证号）。', 'No competitor of this event has that station number, code, id or ID number.'),
  'lookup-ambiguous': same('输入内容对应多名选手，请改用身份证号或选手编号。', 'That matches more than one competitor: enter the ID number or competitor id instead.'),
  // Announcements
  'organizers-only': same('只有组委会可以执行此操作。', 'Only organizers may do this.'),
  'announcement-audience': same('赛项通知发给本赛项裁判或公开看板；赛事通知只能发到公开看板。', 'An event’s announcements go to its judges or its public board; a contest’s to its public board only.'),
  'announcement-text-required': same('请填写通知内容。', 'Write the announcement first.'),
  'announcement-expiry': same('只有公开横幅可以设定显示时长（1 分钟至 7 天）。', 'Only a public banner has minutes on show (1 minute to 7 days).'),
  'announcement-no-judges': same('本赛项还没有裁判，无人可通知。', 'No judge sits on this event yet: there is no one to tell.'),
  'announcement-not-addressed': same('这条通知不是发给您的。', 'This message was not sent to you.'),
  'announcement-not-found': same('找不到该通知。', 'There is no such announcement.'),
  'announcement-not-withdrawable': same('发给裁判的通知不能撤下，请另发更正。', 'A message to judges is not withdrawn: send a correction instead.'),
  // Access and the server itself
  // One code for every way of signing in (password or one-time code), so the text names both.
  'sign-in-refused': same(
    '登录失败：用户名或密码不正确，或登录码无效、已使用或已过期（登录码请向组委会索取）。',
    'Sign-in refused: wrong user name or password, or the code is unknown, already used or expired (ask the organizers for a new code).',
  ),
  unauthenticated: same('登录已失效，请重新登录。', 'Your session has expired; sign in again.'),
  forbidden: same('您无权执行此操作。', 'You may not do this.'),
  'wrong-contest': same('本次登录不属于该赛事。', 'This session does not belong to this contest.'),
  'not-assigned': same('您未被分配到该赛项。', 'You are not assigned to this event.'),
  'contest-not-found': same('找不到该赛事。', 'There is no such contest.'),
  'event-not-found': same('找不到该赛项。', 'There is no such event.'),
  'competitor-not-found': same('该选手未报名本赛项。', 'This competitor is not entered in the event.'),
  'judge-not-found': same('找不到该裁判。', 'There is no such judge.'),
  'not-found': same('找不到请求的内容。', 'Not found.'),
  'request-invalid': same('请求格式有误。', 'The request is not valid.'),
  'request-too-large': same('请求过大。', 'The request is too large.'),
  'too-many-requests': same('请求过于频繁，请稍后再试。', 'Too many requests: try again shortly.'),
  unavailable: same('服务器暂时不可用，操作未生效，请稍后重试。', 'The server is briefly unavailable; nothing was changed. Try again shortly.'),
};

/** The ledger's entry kinds (LedgerKinds.cs) as the audit trail names them. */
export const ledgerKindNames: Record<string, Record<Language, string>> = {
  'mark-entered': { 'zh-CN': '录入评分', en: 'Mark entered' },
  'mark-corrected': { 'zh-CN': '更正评分', en: 'Mark corrected' },
  'dispute-resolved': { 'zh-CN': '裁定争议', en: 'Dispute resolved' },
  'theory-recorded': { 'zh-CN': '录入理论成绩', en: 'Theory score recorded' },
  'sheet-submitted': { 'zh-CN': '提交评分表', en: 'Score sheet submitted' },
  'remark-requested': { 'zh-CN': '要求重评', en: 'Re-mark requested' },
  'event-status-changed': { 'zh-CN': '赛项状态变更', en: 'Event status changed' },
  'appeal-lodged': { 'zh-CN': '提出申诉', en: 'Appeal lodged' },
  'appeal-decided': { 'zh-CN': '申诉裁决', en: 'Appeal decided' },
  'lots-drawn': { 'zh-CN': '抽签', en: 'Lots drawn' },
  'scheme-revised': { 'zh-CN': '修订评分标准', en: 'Marking scheme revised' },
  'personal-data-erased': { 'zh-CN': '删除个人数据', en: 'Personal data erased' },
  'sessions-assigned': { 'zh-CN': '安排场次', en: 'Sessions assigned' },
  'competitor-checked-in': { 'zh-CN': '检录签到', en: 'Checked in' },
  'competitor-absent': { 'zh-CN': '记为缺考', en: 'Marked absent' },
  'attendance-undone': { 'zh-CN': '撤销检录状态', en: 'Attendance taken back' },
  'announcement-to-judges': { 'zh-CN': '通知裁判', en: 'Message to judges' },
  'announcement-to-public': { 'zh-CN': '公开横幅', en: 'Public banner' },
  'announcement-addressed': { 'zh-CN': '通知送达对象', en: 'Message addressed' },
  'announcement-acknowledged': { 'zh-CN': '裁判确认通知', en: 'Message acknowledged' },
  'announcement-withdrawn': { 'zh-CN': '撤下横幅', en: 'Banner withdrawn' },
};
