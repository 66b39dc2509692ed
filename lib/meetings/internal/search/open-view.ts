import "server-only";
import { db, type readDb } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchPlan } from "@/lib/meetings/search/build-where";
import { parseMeetingView, type MeetingView, type RawParams } from "@/lib/meetings/search/filter-schema";
import { chooseSearchPlan } from "@/lib/meetings/search/search-plan";
import { checkSearchText } from "@/lib/meetings/internal/search/search-text";
import { SEARCH_TIMEOUT_MS, SEARCH_TRANSACTION } from "@/lib/meetings/internal/search/timeout";

/**
 * The one door through which every reader of a view opens it: the table, its facets, the export
 * and bulk tagging. It parses the parameters, refuses what must be refused (a search PostgreSQL
 * cannot take, a NUL), and checks the search text once. Readers then choose the plan for the rows
 * they need (`planView`) and, when they read in a transaction, bound it (`inViewTransaction`).
 * See README.md beside this file for the statements each reader runs.
 */
export interface OpenedView {
  view: MeetingView;
  /** Every parameter the parser could not use, with why (shown beside the table's filters). */
  problems: string[];
  /** Why the view cannot be read at all; null when it can. */
  refusal: string | null;
}

export function openView(raw: RawParams): OpenedView {
  const { view, problems, searchRefused } = parseMeetingView(raw);
  if (searchRefused) return { view, problems, refusal: problems[0] ?? "This search cannot be used." };
  if (view.q) {
    const check = checkSearchText(view.q);
    if (!check.ok) return { view, problems: [...problems, check.message], refusal: check.message };
  }
  return { view, problems, refusal: null };
}

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;

/** How to read the `needed` newest rows of a view's search (walk or collect); none without a search. */
export function planView(client: Query, view: MeetingView, needed: number): Promise<SearchPlan | undefined> {
  return view.q ? chooseSearchPlan(client, view.q, needed) : Promise.resolve(undefined);
}

/**
 * A reader's statements in one snapshot, bounded as a whole and each by the table's search time, so
 * a view too broad to read in time ends with "too broad" (isSearchTimeout) instead of holding a
 * connection. `from`: readDb for a page, db (the default) when what is read decides a write.
 */
export function inViewTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, from: typeof readDb = db): Promise<T> {
  return from.$transaction(async (tx) => {
    // The table's own limit, whatever the pool-wide one (PARLEY_STATEMENT_TIMEOUT_MS) is set to.
    await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}`);
    return work(tx);
  }, SEARCH_TRANSACTION);
}

/**
 * A reader that sends one statement, or statistics look-ups before one: PostgreSQL runs a statement
 * in one snapshot, so it needs no transaction (saving BEGIN, SET, SET LOCAL and COMMIT). The pool's statement_timeout bounds it when that is
 * no longer than the table's own limit (the default: both 5 s); when an operator allows longer,
 * it runs in a view transaction so a too-broad view still ends in time.
 */
export function inOneStatement<T>(work: (client: Query) => Promise<T>, from: typeof readDb = db): Promise<T> {
  return env.PARLEY_STATEMENT_TIMEOUT_MS <= SEARCH_TIMEOUT_MS ? work(from) : inViewTransaction(work, from);
}
