/**
 * A problem with one input file. The CLI prints it as one line, `error: <file>: <problem>`, and exits
 * non-zero; nothing is written when any input has a problem.
 */
export class IngestError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(problem);
    this.name = 'IngestError';
    this.file = file;
  }
  /** The one line the CLI prints. */
  toLine(): string {
    return `error: ${this.file}: ${this.message}`;
  }
}
