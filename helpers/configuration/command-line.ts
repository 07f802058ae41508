import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

// Every golive entry point (scripts/, bench/, sandbox/main.ts) reads its arguments through node's
// parseArgs, answers --help with its usage, and refuses an unknown flag by name with the usage, so
// a mistyped flag never runs a different job than the one asked for.

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** As the user types it, e.g. "npm run detection-matrix". */
  command: string;
  /** What follows the command, e.g. "[-- [--concurrency N] [defect ...]]"; empty when it takes nothing. */
  synopsis?: string;
  /** One line per argument or environment variable: [name, meaning]. --help is added. */
  describe?: readonly (readonly [string, string])[];
  options: O;
  allowPositionals?: boolean;
  /** Unknown flags are not errors but handed back in `passThrough`, for a command that wraps another (certify wraps playwright test). */
  passThrough?: boolean;
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

export function usage(spec: CommandSpec<ParseArgsOptionsConfig>): string {
  const lines = [...(spec.describe ?? []), ['--help', 'this text'] as const];
  const width = Math.max(...lines.map(([name]) => name.length));
  return [`usage: ${spec.command}${spec.synopsis ? ` ${spec.synopsis}` : ''}`, ...lines.map(([name, meaning]) => `  ${name.padEnd(width)}  ${meaning}`)].join(
    '\n',
  );
}

type Value<T extends 'string' | 'boolean'> = T extends 'string' ? string : boolean;
/** What parseArgs gives for the spec's options (absent when not given and without a default). */
export type OptionValues<O extends ParseArgsOptionsConfig> = { [K in keyof O]?: O[K]['multiple'] extends true ? Value<O[K]['type']>[] : Value<O[K]['type']> };

export type CommandLine<O extends ParseArgsOptionsConfig> =
  { kind: 'run'; values: OptionValues<O>; positionals: string[]; passThrough: string[] } | { kind: 'help'; text: string } | { kind: 'error'; text: string };

/** Reads `args` against the spec; never prints or exits (see runCommandLine for that). */
export function readCommandLine<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, args: string[]): CommandLine<O> {
  const options: ParseArgsOptionsConfig = { ...spec.options, ...HELP };
  const text = usage(spec);
  const answer = (values: Record<string, unknown>, positionals: string[], passThrough: string[]): CommandLine<O> =>
    values.help ? { kind: 'help', text } : { kind: 'run', values: values as OptionValues<O>, positionals, passThrough };
  try {
    if (spec.passThrough) {
      // golive's own flags are taken out; everything else, in order, is for the wrapped command.
      const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
      const own = new Set(
        tokens.flatMap((t) => (t.kind === 'option' && t.name in options ? (t.value !== undefined && !t.inlineValue ? [t.index, t.index + 1] : [t.index]) : [])),
      );
      const mine = parseArgs({ args: args.filter((_, i) => own.has(i)), options, strict: true });
      return answer(
        mine.values,
        [],
        args.filter((_, i) => !own.has(i)),
      );
    }
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: spec.allowPositionals ?? false });
    return answer(parsed.values, parsed.positionals, []);
  } catch (error) {
    return { kind: 'error', text: `${spec.command}: ${error instanceof Error ? error.message : String(error)}\n${text}` };
  }
}

/** For an entry point: the arguments of this process, or the usage printed and the process ended (0 for --help, 2 for a mistake). */
export function runCommandLine<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, args = process.argv.slice(2)): Extract<CommandLine<O>, { kind: 'run' }> {
  const line = readCommandLine(spec, args);
  if (line.kind === 'run') return line;
  if (line.kind === 'help') {
    console.log(line.text);
    process.exit(0);
  }
  console.error(line.text);
  process.exit(2);
}
