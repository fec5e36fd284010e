// Terminal-like streams for presenter tests: keys typed in chunks, output recorded.
import { EventEmitter } from 'node:events';

/** A terminal-like input stream: keys typed are read in chunks, and what is unshifted is read first. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private pending: string[] = [];
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read(): string | null {
    return this.pending.shift() ?? null;
  }
  unshift(chunk: string) {
    this.pending.unshift(chunk);
  }
  type(data: string) {
    this.pending.push(data);
    this.emit('readable');
  }
}

/** A terminal-like output stream that records what is written. */
export class FakeStdout extends EventEmitter {
  written = '';
  constructor(
    public columns = 60,
    public rows = 12,
  ) {
    super();
  }
  write(data: string) {
    this.written += data;
    return true;
  }
}
