import { CliError, type CliIo } from '../csb';

export async function statusCommand(
  _positionals: string[],
  _options: Record<string, string | boolean | undefined>,
  _io: CliIo,
): Promise<void> {
  throw new CliError('Not implemented yet');
}
