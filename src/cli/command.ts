/** A `dialdesk` sub-command: a one-line summary for the usage text and an async entry point. */
export interface Command {
  /** One line shown by `dialdesk --help`. */
  readonly summary: string;
  /** Runs the command with its own arguments; resolves to the process exit code. */
  readonly run: (args: readonly string[]) => Promise<number>;
}
