import type { Action } from './policy.ts';

/**
 * Every route of the HTTP API and what guards it: 'public' (anyone, logged in or not), 'session'
 * (any logged-in user), or the policy actions its handler checks — the first before anything is
 * read (the roles alone), the subject's part once the subject is loaded.
 */
export const ROUTE_GUARDS = {
  'GET /api/health': 'public',
  'GET /api/counties': 'public',
  'GET /api/city/status': ['city.read'],
  'GET /api/config': 'public',
  'GET /api/communities': 'public',
  'GET /api/zones': 'public',
  'GET /api/units': 'public',
  'GET /api/areas': 'public',
  'GET /api/grids': 'public',
  'GET /api/grids/:id': 'public',
  'PUT /api/grids/:id': ['grid.edit'],
  'POST /api/grids/batch': ['grid.edit'],
  'GET /api/grids/:id/history': ['history.read'],
  'POST /api/grids/:id/restore': ['grid.edit'],
  'GET /api/status': 'public',
  'GET /api/locate': 'public',
  // printed maps draw it, and the print page renders headless without a session
  'GET /api/coverage': 'public',
  'GET /api/problems': 'public',
  'GET /api/problems/nearby': 'public',
  'GET /api/problems/:id': 'public',
  'GET /api/problems/stats': ['stats.read'],
  'POST /api/problems': ['problem.file'],
  'PATCH /api/problems/:id': ['problem.step', 'problem.note'],
  'GET /api/problem-deadlines': 'public',
  'PUT /api/problem-deadlines': ['deadlines.manage'],
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/me': 'session',
  'GET /api/users': ['users.manage'],
  'POST /api/users': ['users.manage'],
  'PATCH /api/users/:id': ['users.manage'],
  'POST /api/users/:id/reset-password': ['users.manage'],
  'POST /api/auth/password': 'session',
  'POST /api/reports': ['report.submit'],
  'GET /api/reports': ['report.read'],
  'GET /api/reports/:id/revisions': ['report.read'],
  'GET /api/report-requirements': 'public',
  'PUT /api/report-requirements': ['requirements.manage'],
  'PUT /api/close-grace-hours': ['closure.manage'],
  'GET /api/overdue': ['overdue.read'],
  'GET /api/status-table': ['overdue.read'],
  'GET /api/trends': ['trends.read'],
  'GET /api/exempt-weeks': 'public',
  'POST /api/exempt-weeks': ['exempt.manage'],
  'DELETE /api/exempt-weeks/:week': ['exempt.manage'],
  'POST /api/problems/:id/photos': ['photo.add', 'step.document'],
  'GET /api/reports/:id/photos': 'public',
  'GET /api/problems/:id/photos': 'public',
  'GET /api/photos/:id': 'public',
  'GET /api/export': ['exports.read'],
  'GET /api/notifications': 'session',
  'POST /api/notifications/read': 'session',
  'POST /api/reminders': ['reminder.send'],
  'GET /api/webhooks': ['webhooks.manage'],
  'POST /api/webhooks': ['webhooks.manage'],
  'DELETE /api/webhooks/:id': ['webhooks.manage'],
  'POST /api/webhooks/:id/test': ['webhooks.manage'],
  'GET /api/webhooks/:id/deliveries': ['webhooks.manage'],
  'GET /api/bulletins': ['bulletin.read'],
  'PUT /api/bulletins/:week/comment': ['bulletin.comment'],
  'GET /api/scores': ['scores.read'],
  'PUT /api/score-weights': ['scores.manage'],
  'GET /api/display-tokens': ['display.manage'],
  'POST /api/display-tokens': ['display.manage'],
  'DELETE /api/display-tokens/:id': ['display.manage'],
  // or, without a session, a display token an admin made (the 创文办's wall screen)
  'GET /api/wall': ['wall.read'],
} as const satisfies Record<string, 'public' | 'session' | readonly Action[]>;

export type ApiRoute = keyof typeof ROUTE_GUARDS;

/** Actions no route checks: the web's views only (the data behind them is guarded by its own routes, or public). */
export const VIEW_ONLY_ACTIONS: readonly Action[] = ['coverage.read'];
