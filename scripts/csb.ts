/**
 * Command line for IT staff and tests: the app's own pipeline, headless.
 *   npm run -s csb -- inspect FILE [--department CODE] [--sheet NAME] --json
 *   npm run -s csb -- status --share DIR --json
 *   npm run -s csb -- export overview OUT.xlsx --share DIR
 *   npm run -s csb -- import FILE --share DIR --device NAME [--department CODE] --accept-all --json
 *   npm run -s csb -- hearing export --department CODE --share DIR OUT.xlsx
 * Errors: one English line on stderr, exit status 2, never a stack trace.
 */
import { parseArgs } from 'node:util';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export class CliError extends Error {}

type Command = (
  positionals: string[],
  options: Record<string, string | boolean | undefined>,
  io: CliIo,
) => Promise<void>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  inspect: async () => (await import('./cli/inspect')).inspectCommand,
  status: async () => (await import('./cli/status')).statusCommand,
  export: async () => (await import('./cli/export-overview')).exportCommand,
  import: async () => (await import('./cli/import')).importCommand,
  hearing: async () => (await import('./cli/hearing-export')).hearingCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        department: { type: 'string' },
        sheet: { type: 'string' },
        share: { type: 'string' },
        device: { type: 'string' },
        'accept-all': { type: 'boolean' },
      },
    });
    const [name, ...rest] = positionals;
    const load = name ? COMMANDS[name] : undefined;
    if (!load)
      throw new CliError(`Unknown command: ${name ?? '(none)'}. Commands: ${Object.keys(COMMANDS).join(', ')}`);
    await (await load())(rest, values, io);
    return 0;
  } catch (error) {
    io.stderr(`csb: ${error instanceof Error ? error.message : String(error)}`.split('\n')[0] ?? 'csb: failed');
    return 2;
  }
}

const isMain = process.argv[1] && /csb\.ts$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
