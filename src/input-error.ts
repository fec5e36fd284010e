// Errors the pure stages raise for input a user must fix; the CLI maps them to exit codes.

/** Input that cannot be used (binary, empty, no sentence, too large): exit 2. */
export class UnusableInputError extends Error {
  override readonly name = 'UnusableInputError';
}
