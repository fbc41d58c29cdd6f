import type { MoveProblemRequest, NewProblemRequest, ProblemDetailResponse, ReportRequest } from '@wangge/geodata';
import { sendJson } from '../api/client.ts';
import type { OutboxTransport } from './outbox-send.ts';

/** The path in the county the write was made in (`county=` set, so the current choice does not apply). */
const inCounty = (path: string, county: string | null) => (county === null ? path : `${path}?county=${encodeURIComponent(county)}`);
const problem = (id: string) => `/api/problems/${encodeURIComponent(id)}`;

function form(body: unknown, photos: readonly File[]): FormData {
  const data = new FormData();
  data.append('data', JSON.stringify(body));
  for (const photo of photos) data.append('photo', photo, photo.name);
  return data;
}

/** The outbox's requests: the same routes and bodies the forms send when online. */
export const httpTransport: OutboxTransport = {
  file: (county, body: NewProblemRequest) => sendJson<ProblemDetailResponse>('POST', inCounty('/api/problems', county), body),
  addPhoto: (county, id, eventId, photo) => {
    const data = new FormData();
    data.append('photo', photo);
    if (eventId !== undefined) data.append('event', String(eventId));
    return sendJson('POST', inCounty(`${problem(id)}/photos`, county), data);
  },
  move: (county, id, body: MoveProblemRequest, photos) => sendJson('PATCH', inCounty(problem(id), county), photos.length ? form(body, photos) : body),
  report: (county, body: ReportRequest, photos) => sendJson('POST', inCounty('/api/reports', county), form(body, photos)),
};
