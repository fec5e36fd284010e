// The presenter's options that are refused before anything is drawn, and themes in a real terminal.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { BIN, Terminal } from './tmux';

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
});

describe('present options', () => {
  it.each([
    [['present', '--duration', 'soon'], '--duration takes a length such as 10m'],
    [['present', '--duration', '0m'], '--duration takes a length'],
    [['present', '--theme', 'blue'], 'Invalid values'],
    [['present', '--watch', '-'], '--watch needs a file, not standard input'],
    [['present', '--follow', '-'], '--follow needs a file, not standard input'],
  ])('%j is a usage error', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([['1h30m'], ['90s'], ['10'], ['2.5m']])('--duration %s is accepted (printing the deck)', (value) => {
    expect(runCli(['present', '--print', '--duration', value]).status).toBe(0);
  });

  it('draws titles in the light theme colour with --theme light, and from COLORFGBG', async () => {
    const titleColour = async (command: string) => {
      terminal?.close();
      terminal = new Terminal(100, 30);
      terminal.run(command);
      await terminal.waitForText('? help');
      const line = terminal.styledScreen().split('\n').find((l) => l.includes('Le Venezuela')) ?? '';
      return /\x1b\[[0-9;]*?(3[0-7]|9[0-7])m/.exec(line)?.[1];
    };
    const dark = await titleColour(`env -u FORCE_COLOR -u COLORFGBG node ${BIN}`);
    const light = await titleColour(`env -u FORCE_COLOR node ${BIN} --theme light`);
    const fromEnv = await titleColour(`env -u FORCE_COLOR COLORFGBG='0;15' node ${BIN}`);
    expect(dark).toBeDefined();
    expect(light).toBeDefined();
    expect(light).not.toBe(dark);
    expect(fromEnv).toBe(light);
  });
});
