import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { configFromEnv, openStore } from '@wangge/api';
import { addUser, setDisabled, setPassword } from '@wangge/api/services/users';

const USAGE = `usage:
  npm run user -- add <username> --role admin|planner|leader|inspector|reporter [--unit <unit id>] [--county <id or code>] [--name <display name>] --password <pw>
  npm run user -- passwd <username> --password <pw>
  npm run user -- disable <username>
  npm run user -- enable <username>
--name is what problem histories show (e.g. 张三 or 执法大队值班员); without it, the username.
--county binds the account to one county (id or code); without it a reporter works in its unit's county,
a planner in the only county, and the rest city-wide.
The database is WANGGE_DB (default data/wangge.db). A password may also come from WANGGE_PASSWORD.`;

const root = resolve(fileURLToPath(import.meta.url), '../..');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, unit: { type: 'string' }, county: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, username] = positionals;
  if (values.help || !command || !username) {
    console.error(USAGE);
    return 2;
  }
  const config = configFromEnv(root);
  const store = await openStore(config);
  const now = config.clock();
  const password = values.password ?? process.env.WANGGE_PASSWORD ?? '';
  switch (command) {
    case 'add':
      await addUser(store, username, values.role ?? '', password, values.unit ?? null, now, values.name ?? null, values.county ?? null);
      break;
    case 'passwd':
      await setPassword(store, username, password, now);
      break;
    case 'disable':
    case 'enable':
      await setDisabled(store, username, command === 'disable', now);
      break;
    default:
      console.error(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
  console.log(`${command}: ${username} done`);
  return 0;
}

try {
  process.exit(await main());
} catch (err) {
  console.error(`user: ${(err as Error).message}`);
  process.exit(1);
}
