// The exit codes of DESIGN.md, in one place.

/** Process exit codes, as DESIGN.md's command line lists them. */
export const EXIT = {
  ok: 0,
  usage: 1,
  input: 2,
  output: 3,
  internal: 70,
  sighup: 129,
  sigint: 130,
  sigterm: 143,
} as const;

/** One of the exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
