// The `parley` entry point: wires the process (argv, stdio, signals, environment) to the CLI.
import { loadConfig } from '../config.ts';
import { runCli } from './run-cli.ts';
import { COMMANDS } from './commands.ts';
import { untilShutdownSignal } from './shutdown-signal.ts';

const code = await runCli(process.argv.slice(2), COMMANDS, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  loadConfig: () => loadConfig(),
  untilStopped: untilShutdownSignal,
});
// A command that failed half-way (say, the port was taken after Redis connected) may leave
// connections open; the report is written, so nothing is left to wait for.
if (code === 0) process.exitCode = 0;
else process.exit(code);
