// `pnpm bench`: runs Partnerboard and the reference y-websocket server side by side, prints one
// table and saves the results as JSON in bench/results. See docs/benchmarks.md.
import { parseArgs } from 'node:util';
import { formatTable, machineState, saveResults, type ScenarioOutcome } from './harness/report';
import type { Scenario, ScenarioContext } from './harness/scenario';
import { browserScenario } from './scenarios/browser';
import { coldLoadScenario } from './scenarios/coldLoad';
import { durabilityScenario } from './scenarios/durability';
import { fanOutScenario } from './scenarios/fanOut';
import { manyBoardsScenario } from './scenarios/manyBoards';
import { meetingScenario } from './scenarios/meeting';
import { scaleOutScenario } from './scenarios/scaleOut';
import { shapeCheckScenario } from './scenarios/shapeCheck';
import { throughputScenario } from './scenarios/throughput';

const scenarios: Scenario[] = [fanOutScenario, throughputScenario, durabilityScenario, manyBoardsScenario, coldLoadScenario, shapeCheckScenario, meetingScenario, scaleOutScenario, browserScenario];

const usage = `Usage: pnpm bench [--scenario <name>] [--quick] [--no-web-build] [--profile] [--store memory] [--reference-store leveldb] [--readers 10,50]
  --scenario <name>  run one scenario: ${scenarios.map((s) => s.name).join(', ')}
  --quick            a small smoke run (fewer clients, edits and seconds)
  --no-web-build     use the existing apps/web/dist in the browser scenario
  --profile          run the servers with --cpu-prof (profiles in bench/profiles)
  --store memory     run Partnerboard with STORE=memory (never durable) instead of SQLite, to see what storing costs
  --reference-store leveldb
                     run the reference with its own y-leveldb persistence (stores each update after sharing it)
                     in fan-out, throughput and many boards, instead of with no storage
  --readers <n,...>  the fan-out reader counts (default 10,50,200; in scale-out 50,200)`;

/** The value of an option that takes one of `choices`; any other value ends the run with the usage. */
function oneOf<Choice extends string>(option: string, value: string | undefined, choices: readonly Choice[]): Choice {
  const chosen = choices.find((choice) => choice === value);
  if (chosen) return chosen;
  console.error(`${option} is ${choices.join(' or ')}, not "${value}".\n${usage}`);
  process.exit(2);
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-web-build': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      store: { type: 'string', default: 'sqlite' },
      'reference-store': { type: 'string', default: 'none' },
      readers: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const chosen = values.scenario ? scenarios.filter((s) => s.name === values.scenario) : scenarios;
  if (chosen.length === 0) {
    console.error(`There is no scenario called "${values.scenario}".\n${usage}`);
    process.exit(2);
  }
  const store = oneOf<ScenarioContext['store']>('--store', values.store, ['sqlite', 'memory']);
  const referenceStore = oneOf<ScenarioContext['referenceStore']>('--reference-store', values['reference-store'], ['none', 'leveldb']);
  const readers = values.readers?.split(',').map(Number);
  if (readers && !readers.every((n) => Number.isInteger(n) && n > 0)) {
    console.error(`--readers is a list of whole numbers, such as 10,50.\n${usage}`);
    process.exit(2);
  }
  return { chosen, quick: values.quick, buildWeb: !values['no-web-build'], profile: values.profile, store, referenceStore, readers, only: values.scenario };
}

const options = readOptions();
const context: ScenarioContext = {
  quick: options.quick,
  profile: options.profile,
  store: options.store,
  referenceStore: options.referenceStore,
  readers: options.readers,
  buildWeb: options.buildWeb,
  log: (message) => console.error(`  ${message}`),
};
const machineBefore = machineState();
console.error(`Machine: ${machineBefore.cpus} × ${machineBefore.cpuModel}, Node ${machineBefore.node}, load average ${machineBefore.loadAverage.join(' ')}`);
const runStarted = performance.now();
const outcomes: ScenarioOutcome[] = [];
for (const scenario of options.chosen) {
  console.error(`\n${scenario.name}: ${scenario.summary}`);
  const started = performance.now();
  let outcome: ScenarioOutcome;
  try {
    const result = await scenario.run(context);
    outcome = { scenario: scenario.name, ...result, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    console.error(error);
    outcome = {
      scenario: scenario.name,
      rows: [],
      details: {},
      skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      seconds: (performance.now() - started) / 1000,
    };
  }
  if (outcome.skipped) console.error(`  skipped: ${outcome.skipped}`);
  console.error(`  (${outcome.seconds.toFixed(0)} s)`);
  outcomes.push(outcome);
}
const machineAfter = machineState();

console.log(`\n${formatTable(outcomes)}\n`);
console.log(
  `Load average before ${machineBefore.loadAverage.join(' ')}, after ${machineAfter.loadAverage.join(' ')} (${machineAfter.cpus} cores); ratio = Partnerboard / reference${options.referenceStore === 'leveldb' ? ' (with y-leveldb in fan-out, throughput and many boards)' : ''}.`,
);
const date = new Date().toISOString().slice(0, 10);
const name = [
  date,
  options.only,
  options.quick ? 'quick' : undefined,
  options.store === 'memory' ? 'memory-store' : undefined,
  options.referenceStore === 'leveldb' ? 'reference-leveldb' : undefined,
  options.readers ? `readers-${options.readers.join('-')}` : undefined,
]
  .filter(Boolean)
  .join('-');
const file = saveResults(name, {
  date: new Date().toISOString(),
  quick: options.quick,
  store: options.store,
  referenceStore: options.referenceStore,
  readers: options.readers,
  seconds: Math.round((performance.now() - runStarted) / 1000),
  machine: { before: machineBefore, after: machineAfter },
  scenarios: outcomes,
});
console.log(`Saved ${file}`);
if (outcomes.some((outcome) => outcome.skipped?.startsWith('failed'))) process.exitCode = 1;
