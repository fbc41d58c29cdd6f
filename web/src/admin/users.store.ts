import type { AccountInfo } from '@wangge/geodata';
import { createSearchList } from '../api/search-list.store.ts';
import { usersApi } from './users-api.ts';

/** The accounts list of the admin's view (GET /api/users?q=), by user name. */
export const useUsers = createSearchList<AccountInfo>(usersApi.list, (a, b) => a.username.localeCompare(b.username));
