import { PROBLEM_CATEGORIES, type ChecklistItem } from '@wangge/geodata';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { withItemTexts } from './item-texts.ts';

const items: ChecklistItem[] = [
  { id: 'market-1', text: '地面干净', weight: 2, needsPhoto: true, category: PROBLEM_CATEGORIES[0] },
  { id: 'market-2', text: '摊位整齐', weight: 1, needsPhoto: true, category: PROBLEM_CATEGORIES[0] },
];

describe('withItemTexts', () => {
  it('names the refused items by their text (an id it does not know stays as sent)', () => {
    const err = new ApiRequestError(422, 'photo_required', 'photos missing', null, { items: ['market-2', 'market-9'] });
    expect(errorMessage(withItemTexts(err, items), 'zh')).toBe('这些条目需要照片：摊位整齐、market-9。');
  });

  it('leaves other errors as they are', () => {
    const err = new ApiRequestError(422, 'not_in_sample', 'no', null, null);
    expect(withItemTexts(err, items)).toBe(err);
    const plain = new Error('x');
    expect(withItemTexts(plain, items)).toBe(plain);
  });
});
