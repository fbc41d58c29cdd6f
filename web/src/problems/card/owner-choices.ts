import type { NamedUnit, ProblemDetailResponse } from '@wangge/geodata';
import type { OwnerForm } from '../step-request.ts';

/**
 * The units 交办 chooses from: those already answering for the problem (as linked: the owner, then
 * co-operating, then routed), then every other unit in the language's collation order.
 */
export function ownerChoices(linked: readonly NamedUnit[], all: readonly NamedUnit[], locale: string): { linked: NamedUnit[]; others: NamedUnit[] } {
  const ids = new Set(linked.map((u) => u.id));
  const collator = new Intl.Collator(locale);
  return {
    linked: linked.map(({ id, name }) => ({ id, name })),
    others: all.filter((u) => !ids.has(u.id)).map(({ id, name }) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/**
 * The form 改派 starts from: what the problem carries now (owner, person, co-operating units), the
 * deadline left empty (it stays unless one is set). 交办 of an unowned problem starts empty, with
 * the unit the place routed it to first (its grid's lead unit) proposed when there is one.
 */
export function ownerFormOf(problem: Pick<ProblemDetailResponse, 'ownerUnitId' | 'ownerPerson' | 'units'>): OwnerForm {
  return {
    ownerUnitId: problem.ownerUnitId ?? problem.units.find((u) => u.role === 'routed')?.id ?? '',
    personName: problem.ownerPerson?.name ?? '',
    personPhone: problem.ownerPerson?.phone ?? '',
    due: '',
    coUnitIds: problem.units.filter((u) => u.role === 'cooperating').map((u) => u.id),
  };
}
