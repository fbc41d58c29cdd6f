import { eq } from 'drizzle-orm';
import { ASSESSMENT_KIND_LIST, insidePoint, type AssessmentKind, type ChecklistItemInput } from '@wangge/geodata';
import type { Polygon } from 'geojson';
import { setChecklist } from '../assessment/checklists.ts';
import { addPoints, type PointToAdd } from '../assessment/points.ts';
import { KIND_ZH } from '../assessment/scores.ts';
import { inCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Store } from '../db/store.ts';

const item = (text: string, weight: number, category: ChecklistItemInput['category'], needsPhoto = false): ChecklistItemInput => ({ text, weight, category, needsPhoto });

/**
 * Illustrative checklists, one per kind, in our own plain words: what an assessor looks at in each
 * kind of place. A county edits them (each edit is a new version) to the 测评体系 it is held to.
 */
export const EXAMPLE_CHECKLISTS: Readonly<Record<AssessmentKind, readonly ChecklistItemInput[]>> = {
  market: [
    item('场内地面干净，无积水、无散落垃圾', 3, '环境卫生', true),
    item('摊位按划定区域经营，不出摊占道', 3, '农贸市场秩序', true),
    item('活禽、水产区与其他区域分开，污水有处排', 2, '农贸市场秩序'),
    item('有公平秤，价格标识清楚', 1, '农贸市场秩序'),
    item('公益广告和文明宣传醒目、完好', 1, '公益广告缺失/破损'),
  ],
  hospital: [
    item('门诊大厅和候诊区整洁有序', 3, '环境卫生', true),
    item('院门口车辆有序停放，不堵塞通道', 2, '乱停乱放', true),
    item('有便民服务点和清楚的导诊标识', 2, '设施损坏'),
    item('院内卫生间干净无异味', 2, '公厕卫生'),
    item('公益广告和健康宣传醒目、完好', 1, '公益广告缺失/破损'),
  ],
  park_square: [
    item('地面、草坪、水面无垃圾', 3, '环境卫生', true),
    item('健身器材、座椅、路灯完好能用', 2, '设施损坏', true),
    item('无流动摊贩和占道经营', 2, '占道经营'),
    item('无乱贴乱画、无小广告', 1, '小广告/乱张贴'),
    item('公益广告醒目、完好', 2, '公益广告缺失/破损'),
  ],
  main_road: [
    item('路面、人行道、绿化带干净', 3, '环境卫生', true),
    item('沿街商户不出店经营，落实门前三包', 2, '门前三包', true),
    item('机动车、非机动车按位停放', 2, '乱停乱放'),
    item('信号灯、护栏、井盖等设施完好', 2, '设施损坏'),
    item('行人、车辆各行其道，斑马线礼让', 1, '交通秩序'),
  ],
  back_street: [
    item('巷道干净，垃圾按时清运，无卫生死角', 4, '环境卫生', true),
    item('墙面无小广告、无乱涂乱画', 2, '小广告/乱张贴', true),
    item('无乱搭乱建、乱堆杂物', 2, '其他'),
    item('路灯、路面完好', 2, '设施损坏'),
  ],
  residential: [
    item('楼道、绿地干净，垃圾分类投放', 3, '环境卫生', true),
    item('车辆停放有序，消防通道畅通', 3, '乱停乱放', true),
    item('楼道无堆放杂物、无小广告', 2, '小广告/乱张贴'),
    item('小区有文明宣传栏，内容及时更新', 2, '公益广告缺失/破损'),
  ],
  hotel: [
    item('大堂、走廊整洁，服务文明', 3, '环境卫生', true),
    item('门前三包落实，门口无乱停放', 2, '门前三包'),
    item('有禁烟标识，公共区域无人吸烟', 2, '其他'),
    item('公益广告醒目、完好', 1, '公益广告缺失/破损'),
  ],
  public_toilet: [
    item('地面、便池干净，无明显异味', 4, '公厕卫生', true),
    item('洗手设施、照明、门锁完好', 3, '设施损坏', true),
    item('有清楚的指引标识和开放时间', 1, '设施损坏'),
    item('有保洁记录，按时保洁', 2, '公厕卫生'),
  ],
  school_area: [
    item('校门口及周边道路干净', 2, '环境卫生', true),
    item('上下学时段交通有序，有人值守', 3, '交通秩序', true),
    item('周边无流动摊贩、无占道经营', 3, '占道经营'),
    item('周边无网吧、无违规经营的店铺', 2, '其他'),
  ],
};

/**
 * Seeds a county with the illustrative checklists and 点位 (all marked 示例 in name and flag): two
 * per grid, at a third and two thirds of the way up it, kinds taken in turn over the grids in code
 * order, so every community has several kinds to draw from. Does nothing to a county that has 点位
 * or checklists already.
 */
export async function seedAssessmentExamples(store: Store, countyId: string, now: number): Promise<number> {
  const q = inCounty(store, countyId);
  const { t } = q;
  const done = (await first(q.db.select({ id: t.assessmentPoints.id }).from(t.assessmentPoints).where(eq(t.assessmentPoints.countyId, countyId)).limit(1))) ?? (await first(q.db.select({ id: t.assessmentChecklists.id }).from(t.assessmentChecklists).where(eq(t.assessmentChecklists.countyId, countyId)).limit(1)));
  if (done) return 0;
  const grids = await q.db.select({ code: t.grids.code, name: t.grids.name, geometry: t.grids.geometry }).from(t.grids).where(eq(t.grids.countyId, countyId)).orderBy(t.grids.code);
  const points: PointToAdd[] = grids.flatMap((g, j) => {
    const geometry = JSON.parse(g.geometry) as Polygon | { type: 'MultiPolygon'; coordinates: Polygon['coordinates'][] };
    const polygon: Polygon = geometry.type === 'Polygon' ? geometry : { type: 'Polygon', coordinates: geometry.coordinates[0] };
    return ([[j, 1 / 3], [j + 4, 2 / 3]] as const).map(([k, fraction], n) => {
      const kind = ASSESSMENT_KIND_LIST[k % ASSESSMENT_KIND_LIST.length];
      return { id: `ex-${g.code}-${n + 1}`, kind, name: `示例·${g.name}${KIND_ZH[kind]}`, geometry: { type: 'Point', coordinates: insidePoint(polygon, fraction) }, example: true };
    });
  });
  // one transaction: the services' own transactions join it
  await q.tx(async () => {
    for (const kind of ASSESSMENT_KIND_LIST) await setChecklist(q, kind, EXAMPLE_CHECKLISTS[kind], null, now);
    await addPoints(q, points, null, now);
  });
  return points.length;
}
