/// <reference types="node" />

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CliIO {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: {write(data: string | Uint8Array): unknown};
  stderr: {write(data: string): unknown};
}
