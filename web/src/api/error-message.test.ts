import { describe, expect, it } from 'vitest';
import { ApiRequestError, requestError } from './client.ts';
import { errorMessage } from './error-message.ts';

const worse = (details: Record<string, unknown> | null) =>
  new ApiRequestError(422, 'coverage_worse', 'this save leaves 1 gap(s) of 12.0 m², … confirm to save anyway', null, details);

describe('errorMessage', () => {
  it('words a code the UI knows in the user’s language, not the server’s English', () => {
    const e = new ApiRequestError(403, 'forbidden', 'a leader may not do this (allowed: planner, admin)');
    expect(errorMessage(e, 'zh')).toBe('你的账号没有权限做这件事。');
    expect(errorMessage(e, 'en')).toBe('Your account may not do this.');
  });

  it('"save makes coverage worse" gives the areas when the server sends them', () => {
    const e = worse({ gapCount: 2, gapAreaM2: 12.04, overlapCount: 1, overlapAreaM2: 1530, outsideCount: 0, outsideAreaM2: 0, beforeAreaM2: 3.2 });
    expect(errorMessage(e, 'zh')).toBe('保存后将有 2 处缺口（12 m²）、1 处重叠（1,530 m²）、0 处越界（0.0 m²）；保存前问题面积共 3.2 m²。');
    expect(errorMessage(e, 'en')).toBe('After this save: gaps 2 (12 m²), overlaps 1 (1,530 m²), spill-overs 0 (0.0 m²); before it, defects covered 3.2 m² in all.');
  });

  it('…and a general sentence without them (or with any figure missing), never the raw text', () => {
    expect(errorMessage(worse(null), 'zh')).toBe('保存后缺口、重叠或越界的面积会比现在更大。');
    expect(errorMessage(worse({ gapCount: 2, gapAreaM2: 12 }), 'zh')).toBe('保存后缺口、重叠或越界的面积会比现在更大。');
    expect(errorMessage(worse({ gapCount: '2', gapAreaM2: 12, overlapCount: 1, overlapAreaM2: 1, outsideCount: 0, outsideAreaM2: 0, beforeAreaM2: 0 }), 'en')).toMatch(/^After this save, gaps/);
  });

  it('"units dropped" says how many units and from which retired grids, in the user’s language', () => {
    const e = new ApiRequestError(422, 'units_dropped', 'retiring 520521001001002 drops u3, u4: …', null, { dropped: [{ gridId: 'g2', code: '520521001001002', unitIds: ['u3', 'u4'] }] });
    expect(errorMessage(e, 'zh')).toBe('没有保存：撤销的网格上有 2 个单位将不再负责任何网格（520521001001002），请把它们交给本次保存的网格，或确认放弃。');
    expect(errorMessage(new ApiRequestError(422, 'units_dropped', 'raw', null, null), 'zh')).toBe('raw');
  });

  it('uses Retry-After for too many attempts', () => {
    expect(errorMessage(new ApiRequestError(429, 'too_many_attempts', 'try again in 8 s', 8), 'zh')).toBe('尝试次数太多，请 8 秒后再试。');
    expect(errorMessage(new ApiRequestError(429, 'too_many_attempts', 'try again later'), 'en')).toBe('Too many attempts: try again later.');
  });

  it('words the hardening refusals (origin, body type, queues, photo quota, bad path) instead of the server’s English', () => {
    expect(errorMessage(new ApiRequestError(403, 'cross_origin', 'cross-site write refused: writes come from the app’s own pages'), 'zh')).toBe('这项修改不是从本系统的页面发出的，已拒绝：请在本系统中操作。');
    expect(errorMessage(new ApiRequestError(415, 'unsupported_media_type', 'send the body as application/json'), 'en')).toBe('The server did not accept the data in this form: reload the page and try again.');
    expect(errorMessage(new ApiRequestError(429, 'export_pending', 'you already have an export being made'), 'zh')).toBe('你的上一份地图还在生成，请等它完成后再导出。');
    expect(errorMessage(new ApiRequestError(429, 'too_many_requests', 'at most 2 such requests', 2), 'en')).toBe('Too many requests at once: wait for the last one to finish and try again.');
    const quota = new ApiRequestError(429, 'photo_quota', 'this account may store 200 photos a day; 3 left today', 3600, { quota: 200, left: 3, retryAfterSeconds: 3600 });
    expect(errorMessage(quota, 'zh')).toBe('今天上传的照片已达上限（每天 200 张，还剩 3 张），请明天再传。');
    expect(errorMessage(new ApiRequestError(429, 'photo_quota', 'raw', null, null), 'en')).toBe('Today’s photo limit is reached: upload the rest tomorrow.');
    expect(errorMessage(new ApiRequestError(400, 'bad_path', 'the path has a malformed percent-encoding'), 'en')).toBe('The link is malformed (it holds characters that cannot be read): check it.');
    expect(errorMessage(new ApiRequestError(503, 'cancelled', 'the client went away'), 'zh')).toBe('导出已取消。');
  });

  it('falls back to the server’s message for a code it has no words for, and to the message of any other error', () => {
    expect(errorMessage(new ApiRequestError(400, 'bad_week', 'week must be a Friday: 2026-11-19'), 'zh')).toBe('week must be a Friday: 2026-11-19');
    expect(errorMessage(new Error('boom'), 'zh')).toBe('boom');
    expect(errorMessage('plain', 'en')).toBe('plain');
  });

  it('words the grid-geometry refusals from their details, and keeps the server’s text without them', () => {
    const big = new ApiRequestError(400, 'too_many_vertices', 'grid G1 has 20001 vertices; …', null, { grid: 'G1', vertices: 20001, max: 20000 });
    expect(errorMessage(big, 'zh')).toBe('网格 G1 有 20001 个顶点，一个网格最多 20000 个：请简化边界或拆分网格。');
    const save = new ApiRequestError(400, 'too_many_vertices', 'this save has …', null, { vertices: 54000, max: 50000, grids: 3 });
    expect(errorMessage(save, 'en')).toBe('This save has 54000 vertices in 3 grids; one save may have at most 50000: save fewer grids at a time.');
    const unread = new ApiRequestError(400, 'too_many_vertices', 'this save has more than 20000 vertices, …', null, { max: 20000, body: true });
    expect(errorMessage(unread, 'zh')).toBe('这次保存的顶点超过 20000 个（上限）：请简化边界、拆分网格或分几次保存。');
    expect(errorMessage(new ApiRequestError(400, 'too_dense', 'grid G8: …', null, { grid: 'G8', max: 64 }), 'zh')).toBe('网格 G8 的边界线挤得太密，核查覆盖会非常慢：请简化边界。');
    expect(errorMessage(new ApiRequestError(400, 'bad_geometry', 'grid G4: invalid geometry (self-intersection at 1, 2)'), 'en')).toBe('grid G4: invalid geometry (self-intersection at 1, 2)');
  });

  it('says so when the server could not be reached at all', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), 'zh')).toBe('连不上服务器，请检查网络后重试。');
  });
});

describe('requestError', () => {
  it('reads code, message, Retry-After and details from the answer', async () => {
    const body = { error: { code: 'coverage_worse', message: 'worse', details: { gapCount: 1 } } };
    const e = await requestError(new Response(JSON.stringify(body), { status: 422, headers: { 'retry-after': '3' } }));
    expect(e).toMatchObject({ status: 422, code: 'coverage_worse', message: 'worse', retryAfter: 3, details: { gapCount: 1 } });
  });

  it('names the status when the body is not ours', async () => {
    const e = await requestError(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(e).toMatchObject({ status: 502, code: 'http', message: '502 Bad Gateway', details: null });
  });

  it('words account refusals, and a weak password by the rule it breaks', () => {
    const weak = (problem: unknown) => new ApiRequestError(400, 'weak_password', 'the password must have at least 8 characters', null, { problem });
    expect(errorMessage(weak('too_short'), 'zh')).toBe('密码至少要 8 个字符。');
    expect(errorMessage(weak('common'), 'en')).toBe('This is one of the passwords people pick first: choose another.');
    expect(errorMessage(weak('something_new'), 'en')).toBe('This password does not meet the rules: choose another.');
    expect(errorMessage(new ApiRequestError(409, 'username_taken', 'username "leader" is already taken', null, { username: 'leader' }), 'zh')).toBe('用户名 leader 已被占用，请换一个。');
    expect(errorMessage(new ApiRequestError(403, 'wrong_password', 'the current password is wrong'), 'en')).toBe('The current password is wrong.');
    expect(errorMessage(new ApiRequestError(403, 'password_change_required', 'change the password first'), 'zh')).toBe('请先修改密码，再继续使用。');
  });

  it('words a roster overlap with the other term, an open end as such', () => {
    const e = (to: string | null) => new ApiRequestError(409, 'overlapping_period', 'overlaps', null, { field: 'from', name: '李四', from: '2026-12-01', to });
    expect(errorMessage(e('2026-12-10'), 'zh')).toBe('这段时间与 李四 的任期（2026-12-01 至 2026-12-10）重叠，请换一个开始日期。');
    expect(errorMessage(e(null), 'en')).toBe('This period overlaps the term of 李四 (2026-12-01 to now): choose another start date.');
  });
});

describe('errorMessage: reminders and robots', () => {
  it('words a refused robot address, a closed week and units with nothing to report', () => {
    expect(errorMessage(new ApiRequestError(400, 'bad_url', 'url "ftp://x" must start with http:// or https:// (not ftp:)'), 'zh')).toBe('机器人地址必须以 http:// 或 https:// 开头。');
    expect(errorMessage(new ApiRequestError(409, 'week_closed', 'week 2026-11-13 closed at …'), 'en')).toBe('This week is closed: no more reports are taken, so there is nothing to remind.');
    const settled = new ApiRequestError(400, 'not_outstanding', 'these units have nothing to report …', null, { units: ['U1', 'U2'] });
    expect(errorMessage(settled, 'zh')).toBe('这些单位本周没有待报的周报（已报送，或本周不负责网格）：U1、U2。');
    // without the list the server's own sentence stands
    expect(errorMessage(new ApiRequestError(400, 'not_outstanding', 'these units have nothing to report: U1'), 'en')).toBe('these units have nothing to report: U1');
  });
});
