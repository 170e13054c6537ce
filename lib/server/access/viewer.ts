import "server-only";
import type { IsoDate } from "@/lib/domain";
import type { AppUser } from "@/lib/server/auth/users";
import type { Db } from "@/lib/server/infra/db";
import { today as serverToday } from "@/lib/server/infra/today";
import { readDataVersion } from "@/lib/server/state/data-version";
import { getOrgState, getPastTrendFigures, type OrgState } from "@/lib/server/state/org-state";
import type { TrendFigures } from "@/lib/domain/trend-figures";
import { resolveAsOf } from "./as-of";
import { scopeFor, type Scope } from "./scope";

// Everything a request reads through: who is asking, what they may see, the
// date they look at, and the organization's state at that date. Built once
// per request (lib/server/access/request-viewer.ts) and handed to every read
// as its first argument: findX(viewer, query).
export interface Viewer {
  readonly db: Db;
  readonly user: AppUser;
  readonly scope: Scope;
  readonly asOf: IsoDate;
  readonly today: IsoDate;
  // The ?asOf= value that was not a date, for the page to say so.
  readonly rejectedAsOf: string | null;
  // The organization state as of `asOf`, read on first use and then kept:
  // one data-version query per viewer, and at most one state read per date.
  state(): Promise<OrgState>;
  // The trend's figures for a past day (its month-ends), under the same data version.
  pastTrendFiguresAt(date: IsoDate): Promise<TrendFigures>;
  // Today's state, whatever date the page shows: slates and nominations are
  // planned against the organization as it is. The same read when asOf is today.
  todayState(): Promise<OrgState>;
}

export interface ViewerOptions {
  db: Db;
  user: AppUser;
  asOf?: string | readonly string[] | null;
  today?: IsoDate;
  // Known already (a test, a script): skips the scope query.
  scope?: Scope;
}

export async function createViewer(options: ViewerOptions): Promise<Viewer> {
  const { db, user } = options;
  const today = options.today ?? serverToday();
  const { asOf, rejected } = resolveAsOf(options.asOf, today);
  const scope = options.scope ?? (await scopeFor(db, user));
  const states = new Map<IsoDate, Promise<OrgState>>();
  let version: Promise<number> | undefined;
  const readVersion = () => {
    version ??= readDataVersion(db);
    const read = version;
    read.catch(() => {
      if (version === read) version = undefined;
    });
    return read;
  };
  const stateAt = (date: IsoDate) => {
    let state = states.get(date);
    if (!state) {
      state = readVersion().then((v) => getOrgState({ db, asOf: date, today, version: v }));
      states.set(date, state);
      state.catch(() => states.delete(date));
    }
    return state;
  };
  return {
    db,
    user,
    scope,
    asOf,
    today,
    rejectedAsOf: rejected,
    state: () => stateAt(asOf),
    pastTrendFiguresAt: (date) => readVersion().then((v) => getPastTrendFigures({ db, asOf: date, today, version: v })),
    todayState: () => stateAt(today),
  };
}
