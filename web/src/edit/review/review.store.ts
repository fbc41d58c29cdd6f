import { create } from 'zustand';
import type { GridBatch, GridDetailResponse, GridPeopleInput } from '@wangge/geodata';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useData } from '../../state/data.store.ts';

/** What the planner is asked to confirm after a merge or a split. */
export type Review = { kind: 'merge'; gridId: string; otherId: string; otherCode: string } | { kind: 'split'; keptId: string; madeId: string; keptArea: number; madeArea: number };

/** The edit a grid's proposed people belong to: they hold while it stands (the merged-away grid gone, the new half there). */
export interface PeopleBasis {
  absent?: string;
  present?: string;
}

interface ReviewStore {
  review: Review | null;
  /** the people each grid is to have, as proposed and then confirmed; sent with the save */
  people: Readonly<Record<string, GridPeopleInput>>;
  /** per grid with proposed people: the edit they came from */
  basis: Readonly<Record<string, PeopleBasis>>;
  /** the people could not be read (the units still are proposed) */
  error: string | null;
  open: (review: Review, propose: (people: Record<string, GridPeopleInput>) => Record<string, GridPeopleInput>, readFrom: string[]) => Promise<void>;
  /** the people that still hold for grids as they now are (an undone merge or split takes its proposal with it) */
  standing: (gridIds: ReadonlySet<string>) => Record<string, GridPeopleInput>;
  setPeople: (gridId: string, people: GridPeopleInput) => void;
  close: () => void;
  /** after a save or when editing starts over: nothing is proposed any more */
  clear: () => void;
}

const peopleOf = (d: GridDetailResponse): GridPeopleInput => ({
  manager: d.manager ? { name: d.manager.name, phone: d.manager.phone } : null,
  supervisors: d.supervisors.map((s) => ({ name: s.name, phone: s.phone })),
});

/**
 * The merge and split review: a merge proposes the union of both grids' units and people, a split
 * deals them to the halves by area; the planner removes or moves what should not be there. The
 * units live on the edited grids (one undoable step each); the people here, until the save.
 */
export const useReview = create<ReviewStore>((set, get) => ({
  review: null,
  people: {},
  basis: {},
  error: null,
  standing: (ids) => {
    const { people, basis } = get();
    const holds = (id: string) => ids.has(id) && (!basis[id]?.absent || !ids.has(basis[id].absent!)) && (!basis[id]?.present || ids.has(basis[id].present!));
    return Object.fromEntries(Object.entries(people).filter(([id]) => holds(id)));
  },
  open: async (review, propose, readFrom) => {
    const basis: Record<string, PeopleBasis> =
      review.kind === 'merge' ? { [review.gridId]: { absent: review.otherId } } : { [review.keptId]: { present: review.madeId }, [review.madeId]: { present: review.madeId } };
    set((s) => ({ review, error: null, basis: { ...s.basis, ...basis } }));
    try {
      const week = useData.getState().config?.currentWeek;
      const details = await Promise.all(readFrom.map((id) => (week ? api.grid(id, week) : Promise.reject(new Error('no config')))));
      const read = Object.fromEntries(readFrom.map((id, i) => [id, peopleOf(details[i])]));
      set((s) => ({ people: { ...s.people, ...propose(read) } }));
    } catch (err) {
      set({ error: errorMessage(err) });
    }
  },
  setPeople: (gridId, people) => set((s) => ({ people: { ...s.people, [gridId]: people } })),
  close: () => set({ review: null, error: null }),
  clear: () => set({ review: null, people: {}, basis: {}, error: null }),
}));

/** The save with the reviewed people on the grids it updates or creates (a grid the save leaves alone keeps its people). */
export function withPeople(batch: GridBatch, people: Readonly<Record<string, GridPeopleInput>>): GridBatch {
  return {
    ...batch,
    update: batch.update.map((u) => (people[u.id] ? { ...u, people: people[u.id] } : u)),
    create: batch.create.map((c) => (people[c.id] ? { ...c, people: people[c.id] } : c)),
  };
}
