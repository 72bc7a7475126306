import type Database from 'better-sqlite3';
import { STATE_KEYS, type StateAccess } from './state';
import type { StoreItem, StudyWriter } from './writes';

/**
 * Sync runs: one run per full crawl, written page by page (one transaction each) with a checkpoint, then
 * finished by deleting what it did not see — unless the crawl looks incomplete (the deletion guard).
 */

export interface Checkpoint {
  lastId: string;
  pageNumber: number;
}

export interface ActiveRun {
  runId: number;
  startedAt: string;
  checkpoint?: Checkpoint;
  /** Pages and studies written by this run so far (across restarts). */
  pages: number;
  studies: number;
  updatedAt?: string;
  /** ECLAIRE's `total` on the first page of this run: the size of the whole crawl. */
  upstreamTotal?: number;
}

export interface FinishRunOptions {
  /**
   * Share of the expected studies the run must have seen before unseen studies are deleted. Expected = the
   * upstream's own total when the run knows it (CONTRACT §6.2), else the studies held before the run.
   */
  minShare: number;
}

export interface FinishRunResult {
  runId: number;
  /** Studies seen by this run (written or confirmed). */
  seen: number;
  /** Studies held when the run finished, before deletions. */
  before: number;
  /** What `seen` was compared with: the upstream's total, or the studies held when it is unknown. */
  expected: number;
  expectedFrom: 'upstream' | 'mirror';
  deleted: number;
  guarded: boolean;
  reason?: string;
}

export interface RunRecord extends FinishRunResult {
  startedAt: string;
  finishedAt: string;
  pages: number;
}

export interface RunAccess {
  start(): ActiveRun;
  active(): ActiveRun | undefined;
  /** Records the upstream total seen on the first page (kept across restarts of the run). */
  setUpstreamTotal(runId: number, total: number): void;
  /** Forgets the checkpoint of the active run: the next page written starts the crawl over. */
  restart(runId: number): void;
  /**
   * One transaction: upsert the studies, replace their sites and FTS rows, mark them (and `alsoSeen`, ids the
   * crawl saw but could not normalise, so that they are kept) as seen by the run, and move the checkpoint.
   */
  writePage(runId: number, items: readonly StoreItem[], checkpoint: Checkpoint, alsoSeen?: readonly string[]): void;
  /** One study outside any crawl, in one transaction; refuses data of the other kind (fiction vs real). */
  upsertStudy(item: StoreItem): void;
  finish(runId: number, opts: FinishRunOptions): FinishRunResult;
  /** Ends the active run without deleting anything (a crawl that cannot complete). */
  abandon(runId: number, reason: string): void;
}

const MAX_RUNS_KEPT = 20;

export function createRuns(db: Database.Database, state: StateAccess, writer: StudyWriter): RunAccess {
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM studies');
  const countSeen = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM studies WHERE last_seen_run = ?');
  const deleteUnseenFts = db.prepare<[number]>(
    'DELETE FROM studies_fts WHERE rowid IN (SELECT rowid FROM studies WHERE last_seen_run <> ?)',
  );
  const deleteUnseen = db.prepare<[number]>('DELETE FROM studies WHERE last_seen_run <> ?');

  function requireActive(runId: number): ActiveRun {
    const active = state.get<ActiveRun>(STATE_KEYS.activeRun);
    if (!active || active.runId !== runId) {
      throw new Error(`La synchronisation n° ${runId} n'est plus en cours (une autre l'a remplacée).`);
    }
    return active;
  }

  const startTx = db.transaction((): ActiveRun => {
    const runId = (state.get<number>(STATE_KEYS.runCounter) ?? 0) + 1;
    state.set(STATE_KEYS.runCounter, runId);
    const run: ActiveRun = { runId, startedAt: new Date().toISOString(), pages: 0, studies: 0 };
    state.set(STATE_KEYS.activeRun, run);
    return run;
  });

  const updateActiveTx = db.transaction((runId: number, patch: (run: ActiveRun) => ActiveRun) => {
    state.set(STATE_KEYS.activeRun, patch(requireActive(runId)));
  });

  const writePageTx = db.transaction(
    (runId: number, items: readonly StoreItem[], checkpoint: Checkpoint, alsoSeen: readonly string[]) => {
      const active = requireActive(runId);
      const kinds = new Set(items.map((i) => i.demo));
      if (kinds.size > 1) throw new Error('Une page mêle données fictives et données réelles : refusée.');
      if (kinds.size === 1) writer.ensureKind(items[0].demo);
      writer.writeItems(runId, items);
      for (const id of alsoSeen) writer.markSeen(runId, id);
      state.set(STATE_KEYS.activeRun, {
        ...active,
        checkpoint,
        pages: active.pages + 1,
        studies: active.studies + items.length,
        updatedAt: new Date().toISOString(),
      } satisfies ActiveRun);
    },
  );

  /**
   * A study read outside any crawl (a study page fetched on a miss). It never changes the kind of data the file
   * holds, and it counts as seen by the current (or last) run: the next complete crawl keeps it only if the
   * upstream still lists it.
   */
  const upsertStudyTx = db.transaction((item: StoreItem) => {
    const current = state.get<string>(STATE_KEYS.content);
    const kind = item.demo ? 'demo' : 'real';
    if (current !== undefined && current !== kind) {
      throw new Error(`Étude ${item.study.id} : ce fichier ne reçoit pas de données de ce type.`);
    }
    if (current === undefined) state.set(STATE_KEYS.content, kind);
    const runId = state.get<ActiveRun>(STATE_KEYS.activeRun)?.runId ?? state.get<number>(STATE_KEYS.runCounter) ?? 0;
    writer.writeItems(runId, [item]);
  });

  function record(active: ActiveRun, result: FinishRunResult, finishedAt: string): void {
    const full: RunRecord = { ...result, startedAt: active.startedAt, finishedAt, pages: active.pages };
    state.set(STATE_KEYS.lastRun, full);
    state.set(STATE_KEYS.runs, [full, ...(state.get<RunRecord[]>(STATE_KEYS.runs) ?? [])].slice(0, MAX_RUNS_KEPT));
  }

  const finishTx = db.transaction((runId: number, { minShare }: FinishRunOptions): FinishRunResult => {
    const active = requireActive(runId);
    const seen = countSeen.get(runId)!.n;
    const before = count.get()!.n;
    const expectedFrom = active.upstreamTotal !== undefined ? 'upstream' : 'mirror';
    const expected = active.upstreamTotal ?? before;
    let deleted = 0;
    let reason: string | undefined;
    if (seen < minShare * expected) {
      reason =
        `La dernière synchronisation complète n'a vu que ${seen} études sur ${expected} ` +
        `${expectedFrom === 'upstream' ? 'annoncées par ECLAIRE' : 'conservées'} ` +
        `(seuil : ${Math.round(minShare * 100)} %). Aucune étude n'a été supprimée.`;
    } else {
      deleteUnseenFts.run(runId);
      deleted = deleteUnseen.run(runId).changes;
    }
    const result: FinishRunResult = {
      runId, seen, before, expected, expectedFrom, deleted, guarded: reason !== undefined, ...(reason ? { reason } : {}),
    };
    // One instant for the run's end and the last success: read twice, the clock can tick between them.
    const finishedAt = new Date().toISOString();
    record(active, result, finishedAt);
    state.set(STATE_KEYS.lastSuccess, finishedAt);
    // A crawl completed: an earlier one that could not is history now (still shown, no longer degrading).
    const problem = state.get<{ resolved?: boolean }>(STATE_KEYS.syncProblem);
    if (problem && !problem.resolved) state.set(STATE_KEYS.syncProblem, { ...problem, resolved: true });
    if (reason) state.set(STATE_KEYS.guard, reason);
    else state.remove(STATE_KEYS.guard);
    state.remove(STATE_KEYS.activeRun);
    return result;
  });

  const abandonTx = db.transaction((runId: number, reason: string) => {
    requireActive(runId);
    state.set(STATE_KEYS.syncProblem, { at: new Date().toISOString(), reason, resolved: false });
    state.remove(STATE_KEYS.activeRun);
  });

  return {
    start: () => startTx.immediate(),
    active: () => state.get<ActiveRun>(STATE_KEYS.activeRun),
    setUpstreamTotal(runId, total) {
      updateActiveTx.immediate(runId, (run) => (run.upstreamTotal === total ? run : { ...run, upstreamTotal: total }));
    },
    restart(runId) {
      updateActiveTx.immediate(runId, ({ checkpoint: _c, ...run }) => run);
    },
    writePage(runId, items, checkpoint, alsoSeen = []) {
      writePageTx.immediate(runId, items, checkpoint, alsoSeen);
    },
    upsertStudy(item) {
      upsertStudyTx.immediate(item);
    },
    finish: (runId, opts) => finishTx.immediate(runId, opts),
    abandon(runId, reason) {
      abandonTx.immediate(runId, reason);
    },
  };
}
