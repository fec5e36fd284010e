// Drives the built CLI in a real terminal: a private tmux server, a shell in a pane, keys and screen captures.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** The built entry point the tests run, as a user would. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** How long a wait for the screen lasts before it fails: generous, as the machine may be loaded. */
export const WAIT_MS = 20_000;

/** A terminal of a given size with a plain shell in it, on its own tmux server. */
export class Terminal {
  private readonly socket = `briefing-e2e-${randomBytes(4).toString('hex')}`;

  constructor(
    readonly columns = 100,
    readonly rows = 30,
    cwd = process.cwd(),
  ) {
    // CI=true turns Ink's live rendering off (PITFALLS.md): the shell runs without it, like a user's.
    this.tmux('new-session', '-d', '-x', String(columns), '-y', String(rows), '-c', cwd,
      'env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color PS1="$ " bash --norc --noprofile');
    this.tmux('set-option', '-g', 'status', 'off');
  }

  /** Types a command line and presses Enter. */
  run(command: string): void {
    this.tmux('send-keys', '-t', '0', '-l', command);
    this.tmux('send-keys', '-t', '0', 'Enter');
  }

  /** Sends tmux key names (e.g. "Right", "End", "q"). */
  keys(...names: string[]): void {
    this.tmux('send-keys', '-t', '0', ...names);
  }

  /** The visible screen, one string. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', '0');
  }

  /** The visible screen with its SGR escape sequences (colours, bold), one string. */
  styledScreen(): string {
    return this.tmux('capture-pane', '-p', '-e', '-t', '0');
  }

  /** Appends everything the program in the pane writes to `file` from now on (tmux pipe-pane). */
  recordOutput(file: string): void {
    this.tmux('pipe-pane', '-o', '-t', '0', `cat >> '${file}'`);
  }

  /** Resizes the terminal (the app gets SIGWINCH). */
  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', '0', '-x', String(columns), '-y', String(rows));
  }

  /** Waits until the screen satisfies `predicate`; throws with the last screen after `ms`. */
  async waitFor(predicate: (screen: string) => boolean, ms = WAIT_MS): Promise<string> {
    const deadline = Date.now() + ms;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (predicate(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`screen never matched; last screen:\n${last}`);
  }

  /** Waits for `text` on the screen. */
  waitForText(text: string, ms?: number): Promise<string> {
    return this.waitFor((s) => s.includes(text), ms);
  }

  /** The pane's title (what OSC 0/2 from a program would change). */
  paneTitle(): string {
    return this.tmux('display-message', '-p', '-t', '0', '#{pane_title}').trim();
  }

  /** The names of tmux's paste buffers (what OSC 52 from a program would fill, with set-clipboard on). */
  buffers(): string[] {
    return this.tmux('list-buffers', '-F', '#{buffer_name}').split('\n').filter((line) => line !== '');
  }

  /** Sets a tmux server option, e.g. set-clipboard on. */
  setOption(name: string, value: string): void {
    this.tmux('set-option', '-g', name, value);
  }

  /** Ends the tmux server. */
  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }
}
