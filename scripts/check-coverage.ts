/**
 * npm run check-coverage -- <grids.geojson> [--boundary <file.geojson>] [--min-area <m2>] [--json]
 *
 * A stable interface (docs/COVERAGE.md): exit 0 no defects · 1 defects · 2 the file itself is unusable
 * or the arguments are wrong (message on stderr, nothing on stdout). With --json stdout holds
 * only the report.
 */
import { readFileSync } from 'node:fs';
// the coverage module alone: the prebuilt command bundles what it imports, and needs no more
import { checkCoverage, parseCoverageInput, type PolygonCollection } from '@wangge/geodata/coverage/index';
import { parseCoverageArgs, USAGE } from './lib/coverage-cli/args.ts';
import { renderCoverageReport } from './lib/coverage-cli/table.ts';

function fail(message: string): never {
  process.stderr.write(`check-coverage: ${message}\n`);
  process.exit(2);
}

function load(file: string, what: string): PolygonCollection {
  let text: string;
  try {
    // one read, one decode: JSON.parse needs a string, and nothing else needs the bytes
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${what} file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseCoverageInput(text);
  if (!parsed.ok) fail(`${what} file ${file}: ${parsed.message}`);
  return parsed.fc;
}

// a reader that stops early (| head) is no error of ours: stop quietly too
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const parsed = parseCoverageArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!parsed.ok) fail(`${parsed.message}\n${USAGE}`);
const { args } = parsed;
const grids = load(args.grids, 'grids');
const boundary = args.boundary === null ? null : load(args.boundary, 'boundary');
const report = checkCoverage(grids, boundary, { minAreaM2: args.minAreaM2 });
// the report is serialised once, and not copied again to add the newline
if (args.json) {
  process.stdout.write(JSON.stringify(report));
  process.stdout.write('\n');
} else process.stdout.write(renderCoverageReport(report, args, args.minAreaM2));
process.exitCode = report.ok ? 0 : 1;
