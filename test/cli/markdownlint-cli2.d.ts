// The part of markdownlint-cli2's Node API the export tests use (the package ships no types).
declare module 'markdownlint-cli2' {
  /** Parameters of `main`, as documented in markdownlint-cli2's README. */
  export interface Parameters {
    readonly directory?: string;
    readonly argv?: readonly string[];
    readonly logMessage?: (message: string) => void;
    readonly logError?: (message: string) => void;
    readonly noImport?: boolean;
  }
  /** Runs markdownlint-cli2 as its command line would; resolves with its exit code. */
  export function main(parameters: Parameters): Promise<number>;
}
