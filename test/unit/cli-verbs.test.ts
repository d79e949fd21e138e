// The CLI defines only the verb a command line names (a start-up saving): every verb must still be
// reachable that way, and everything else must see the whole program.
import { buildProgram, runCli, TOP_LEVEL_VERBS, verbNamed, type CliIo } from '../../src/cli/program.js';

function io(): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    cwd: process.cwd(),
    env: {},
    stdoutIsTTY: false,
  };
  return captured;
}

const namesOf = (only?: string): string[] => buildProgram(io(), only).commands.map((command) => command.name());

describe('the verbs the CLI defines', () => {
  it('lists every top-level verb of the whole program, and nothing else', () => {
    expect([...TOP_LEVEL_VERBS].sort()).toEqual(namesOf().sort());
  });

  it.each(TOP_LEVEL_VERBS)('defines just %s, with all its subcommands and options, when the command line names it', (verb) => {
    const whole = buildProgram(io()).commands.find((command) => command.name() === verb)!;
    const alone = buildProgram(io(), verb).commands;
    expect(alone.map((command) => command.name())).toEqual([verb]);
    expect(alone[0]!.helpInformation()).toBe(whole.helpInformation());
  });

  it.each([
    [['metrics', 'diff', '--json'], 'metrics'],
    [['--cd', 'project', 'params', 'diff'], 'params'],
    [['--cd=project', 'report'], 'report'],
    [['--help'], undefined],
    [['-V'], undefined],
    [['help', 'metrics'], undefined],
    [['metric', 'diff'], undefined],
    [[], undefined],
  ])('%j names %s', (argv, verb) => {
    expect(verbNamed(argv)).toBe(verb);
  });

  it('still suggests the verb a typo meant, and lists every verb in the help', async () => {
    const typo = io();
    expect(await runCli(['metric', 'diff'], typo)).toBe(2);
    expect(typo.err).toMatch(/unknown command 'metric'\n\(Did you mean metrics\?\)/);
    const help = io();
    expect(await runCli(['--help'], help)).toBe(0);
    // CML's older `send-comment` is hidden, as CML hides it
    for (const verb of TOP_LEVEL_VERBS.filter((name) => name !== 'send-comment')) expect(help.out).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
    expect(help.out).not.toContain('send-comment');
  });
});
