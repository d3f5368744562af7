import { exitCodes, runProbe, type CommandIo } from './cli.ts';
import { runClient } from './clientCommand.ts';
import type { ProbeContent } from './probeContent.ts';

/** How the command line is started: from a clone (content read from the project) or the single file (content embedded). */
export interface CommandSetup {
  version: string;
  /** The knowledge base's content; read only when a command needs it. */
  content: () => ProbeContent;
  /** Where the report's links point unless --site or SITE_URL says otherwise. */
  site: string;
}

/** The tool failed in its own code (not the network, not the arguments): a bug to report. */
export const internalErrorExit = 4;

export const mainUsage = `Usage: sqltls <command> [options]

Commands:
  probe <host>    connect like a SQL Server client, examine the server's TLS (versions, cipher suites,
                  DHE, certificate) and name the knowledge-base scenarios that fit; never logs in
  client          report this machine's client TLS policy (system OpenSSL, Node.js, a JDK) and what it
                  refuses that an older SQL Server needs; connects nowhere

Options:
  -h, --help      this text (sqltls probe --help, sqltls client --help for each command's options)
  -v, --version   the version

Exit codes: 0 nothing found, 1 findings, 2 usage error, 3 could not probe, 4 the tool itself failed.`;

/** Runs the command line `argv` (without node and the script); returns the exit code. Never throws. */
export async function runCommand(argv: string[], setup: CommandSetup, io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  const debug = argv.includes('--debug');
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      (command === undefined ? io.err : io.out)(mainUsage);
      return command === undefined ? exitCodes.usage : exitCodes.clean;
    }
    if (command === '--version' || command === '-v') {
      io.out(setup.version);
      return exitCodes.clean;
    }
    if (command === 'probe') return await runProbe(rest, setup.content(), setup.site, io);
    if (command === 'client') return runClient(rest, setup.content(), setup.site, io);
    io.err(`unknown command ${command}\n\n${mainUsage}`);
    return exitCodes.usage;
  } catch (error) {
    // Network trouble is reported by the probe itself; anything that lands here is a bug in the tool.
    io.err(debug ? String((error as Error).stack ?? error) : `sqltls failed: ${(error as Error).message ?? error} (run again with --debug for details, and report it)`);
    return internalErrorExit;
  }
}
