import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Rows for `COPY … FROM STDIN`, as COPY text, given as a statement's only parameter. Kysely runs a
 * statement as `client.query(sql, parameters)` on a connection it keeps to itself, so this parameter
 * is how a COPY reaches the transaction's own connection (see CopyingClient).
 */
export class CopyFromStdin {
  constructor(readonly text: string) {}
}

type QueryResultLike = { command: string; rowCount: number; rows: never[] };

/**
 * The pool's client: node-postgres's, that also runs `COPY … FROM STDIN` when the statement's one
 * parameter is a CopyFromStdin, through pg-copy-streams. The server parses COPY text about twice as
 * fast as the JSON rows of `json_populate_recordset` (measured on the clearance documents: 0.69 s
 * against 1.20 s for 44,000 rows), and bulk ingestion writes most of its rows this way.
 */
export class CopyingClient extends pg.Client {
  // pg's own overloads, kept: only the one new form is looked at.
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values[0] instanceof CopyFromStdin)
      return this.#copy(text, values[0]) as never;
    return (super.query as (...a: unknown[]) => never)(...args);
  }

  async #copy(statement: string, data: CopyFromStdin): Promise<QueryResultLike> {
    const stream = super.query(copyFrom(statement));
    await pipeline(Readable.from([Buffer.from(data.text, 'utf8')]), stream);
    return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
  }
}
