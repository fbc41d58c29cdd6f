/**
 * Chinese text for a problem's owner (牵头单位) and the steps around it: 交办 / 改派, notes, the
 * refusals the server names by code. Spread into zh.ts; problem-owner.en.ts has the same keys.
 */
export const problemOwnerZh = {
  'problemAction.reassign': '改派',
  'problemAction.note': '补充说明',

  'problemCard.owner': '牵头单位',
  'problemCard.noOwner': '尚未交办',
  'problemCard.ownerPerson': '责任人',
  'problemCard.coUnits': '协办单位',
  'problemCard.routedUnits': '属地单位',
  'problemCard.actor': '{name} · {unit}',
  'problemCard.assigned': '牵头：{unit}',
  'problemCard.assignedPerson': '责任人：{name}',
  'problemCard.assignedDue': '期限：{time}',
  'problemCard.factSeparator': '；',
  'problemCard.assignedCo': '协办：{units}',

  'assign.owner': '牵头单位',
  'assign.chooseOwner': '请选择牵头单位',
  'assign.routed': '按位置分派的单位',
  'assign.otherUnits': '其他单位',
  'assign.person': '责任人（可选）',
  'assign.phone': '责任人电话（可选）',
  'assign.phoneHint': '手机 11 位，或带区号的固定电话（如 0857-4221234）',
  'assign.due': '整改期限（可选，不填按类别期限）',
  'assign.coUnits': '协办单位（可选）',
  'assign.addCo': '添加其他协办单位…',
  'assign.needOwner': '请选择牵头单位。',
  'assign.badPhone': '电话“{phone}”不是手机号或带区号的固定电话。',
  'assign.needName': '填写电话时请一并填写责任人姓名。',
  'assign.unitsFailed': '单位列表加载失败：{message}',

  'problemStep.returnNote': '退回原因（必填）',
  'problemStep.noteText': '说明',
  'problemStep.needReason': '退回须填写原因。',
  'problemStep.needNote': '请填写说明或添加照片。',

  'stepError.owner_required': '交办须指定牵头单位。',
  'stepError.note_required': '退回须填写原因。',
  'stepError.after_photo_required': '复核前，整改完成一步须有整改后照片。请由牵头单位补传照片，或退回重改。',
  'stepError.unknown_unit': '所选单位不存在，请刷新后重选。',
  'stepError.forbidden': '您无权进行此操作（只有牵头单位可以开始整改和整改完成）。',
  'stepError.conflict': '该问题已被他人处理，已刷新为最新状态。',

  'problemFilter.owner': '牵头单位',
  'problemFilter.allOwners': '全部牵头单位',
  'problemList.owner': '牵头：{unit}',
  'problemStats.by.owner': '按牵头单位',
  'problemStats.noOwner': '未交办',
} as const satisfies Record<string, string>;

export type ProblemOwnerMessageKey = keyof typeof problemOwnerZh;
