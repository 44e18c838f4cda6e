/**
 * A failure the command reports in one sentence and an exit status: 2 for a
 * problem with the command line or the files (a missing file, unreadable JSON,
 * an unknown format, a bad option), 1 for data that cannot be used.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly exitCode: 1 | 2;
  /** A mistake in the command line itself: the message points to --help. */
  readonly usage: boolean;

  constructor(message: string, exitCode: 1 | 2 = 2, usage = false) {
    super(message);
    this.exitCode = exitCode;
    this.usage = usage;
  }
}
