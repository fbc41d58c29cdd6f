import { Hono } from 'hono';
import { SCORE_INDICATORS, checkQuarter, type ScoreRatio } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { table } from '../export/table.ts';
import { jsonBody } from '../http/body.ts';
import { badRequest } from '../http/errors.ts';
import { quarterScores, setScoreWeights } from '../scores/scores.ts';
import type { AppDeps } from './context.ts';

const pct = (r: ScoreRatio) => (r.share === null ? '' : Math.round(r.share * 1000) / 10);
const counts = (r: ScoreRatio) => `${r.count}/${r.of}`;

/**
 * GET /scores?quarter=2026Q4&format=json|csv|xlsx (staff): the quarterly 考核, each unit's score
 * with its formula, ranked · PUT /score-weights { onTime, fixedOnTime, rework, assessment } (admins, percent summing to 100; a table without assessment gives it 0).
 */
export function scoreRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/scores', guard('scores.read'), async (c) => {
    const quarter = checkQuarter(c.req.query('quarter'));
    if (!quarter.ok) throw badRequest(quarter.message, 'bad_query');
    const body = await quarterScores(store, quarter.value, clock());
    const w = body.weights;
    const header = ['排名', '单位', '得分', '计算式', `周报按时率%（权重${w.onTime}%）`, '按时/应报', `按期整改率%（权重${w.fixedOnTime}%）`, '按期/应整改', `返工率%（权重${w.rework}%）`, '退回/整改', `测评得分率%（权重${w.assessment}%）`, '通过/计分权重'];
    const rows = body.units.map((u) => [u.rank, u.unitName, u.score, u.formula, pct(u.onTime), counts(u.onTime), pct(u.fixedOnTime), counts(u.fixedOnTime), pct(u.rework), counts(u.rework), pct(u.assessment), counts(u.assessment)]);
    return table(c, c.req.query('format'), `考核_${body.quarter}`, header, rows, () => c.json(body));
  });

  app.put('/score-weights', guard('scores.manage'), async (c) => {
    const body = await jsonBody(c);
    const weights = await setScoreWeights(store, body, userOf(c).id, clock());
    return c.json({ weights, indicators: SCORE_INDICATORS });
  });

  return app;
}
