/**
 * A status flow as data: each action names the states it may start from and the state it leads to.
 * Every stateful thing (filing, message, application, warning) declares one table.
 */
export type TransitionTable<S extends string, A extends string> = Readonly<
  Record<A, { readonly from: readonly S[]; readonly to: S }>
>;

export type TransitionResult<S> = { ok: true; to: S } | { ok: false; allowedFrom: readonly S[] };

export function transition<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  from: S,
  action: A,
): TransitionResult<S> {
  const edge = table[action];
  return edge.from.includes(from) ? { ok: true, to: edge.to } : { ok: false, allowedFrom: edge.from };
}

/** Actions the table allows from a state, for the UI's buttons and the API's documentation. */
export function allowedActions<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  from: S,
): A[] {
  return (Object.keys(table) as A[]).filter((a) => table[a].from.includes(from));
}
