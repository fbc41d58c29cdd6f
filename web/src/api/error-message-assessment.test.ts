import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './client.ts';
import { errorMessage } from './error-message.ts';

describe('errorMessage: the mock assessment’s codes', () => {
  it('names an import’s bad rows, and the items a result lacks', () => {
    const rows = new ApiRequestError(422, 'import_invalid', '2 of 9 rows …', null, { rows: [{ row: 3, code: 'bad_kind', message: '' }, { row: 7, code: 'outside_county', message: '' }] });
    expect(errorMessage(rows, 'zh')).toBe('有 2 行不能导入（第 3, 7 行），整个文件都未导入；请改正后重新导入。');
    expect(errorMessage(rows, 'en')).toBe('2 rows cannot be imported (rows 3, 7), so nothing was imported: correct them and import again.');
    const photo = new ApiRequestError(422, 'photo_required', 'these items need a photo: market-2', null, { items: ['market-2', 'market-5'] });
    expect(errorMessage(photo, 'zh')).toBe('这些条目需要照片：market-2、market-5。');
    // without the list the server's own words stand
    expect(errorMessage(new ApiRequestError(422, 'photo_required', 'raw', null, null), 'en')).toBe('raw');
    expect(errorMessage(new ApiRequestError(422, 'not_in_sample', 'raw', null, null), 'en')).toBe('This point is not in the round’s sample.');
  });
});
