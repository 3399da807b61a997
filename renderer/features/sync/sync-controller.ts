import { liveQuery } from 'dexie';
import { IpcError } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/settings';
import { estimateOffset } from '../../../shared/sync/clock-offset';
import { type SyncReport, syncOnce } from '../../../shared/sync/engine';
import type { DeviceInfo, SyncProblem, SyncState } from '../../../shared/sync/local-store';
import type { ChangeRecorder } from '../../db/change-recorder';
import type { CsbDatabase } from '../../db/database';
import { DexieSyncStore } from '../../db/sync-store';
import { call } from '../../ipc';
import { ipcTransport } from './ipc-transport';

export type SyncStatus = 'not-configured' | 'offline' | 'syncing' | 'up-to-date' | 'problem';

export interface SyncView {
  status: SyncStatus;
  lastSuccessAt: string | null;
  /** Local changes not yet on the share. */
  pending: number;
  /** Files merged so far in the running sync, for the progress bar. */
  progress: { done: number; total: number } | null;
  problems: SyncProblem[];
  devices: DeviceInfo[];
  offsetMs: number;
  deviceId: string;
}

/** How often to sync while the app is open, to look for the share, and how long to wait after an edit. */
export const SYNC_EVERY_MS = 3 * 60_000;
export const REACHABILITY_EVERY_MS = 20_000;
export const AFTER_EDIT_MS = 4_000;

/** Problems that are only worth a line in the problems list; they do not turn the indicator red. */
const MINOR = new Set(['duplicate-copy', 'unexpected-file', 'missing-segment', 'clock-corrected']);

/**
 * Runs the sync engine in the app: when the share becomes reachable, a few
 * seconds after local changes, every few minutes and on "Synkroniser nu".
 * One sync at a time; a request during a sync runs once more after it.
 */
export class SyncController {
  private view: SyncView;
  private listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private timers: ReturnType<typeof setInterval>[] = [];
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly store: DexieSyncStore;
  private settings: Settings;
  private appVersion = '';
  private reachable = false;

  constructor(
    private readonly db: CsbDatabase,
    recorder: ChangeRecorder,
    settings: Settings,
  ) {
    this.store = new DexieSyncStore(db, recorder);
    this.settings = settings;
    this.view = {
      status: settings.shareFolder ? 'offline' : 'not-configured',
      lastSuccessAt: null,
      pending: 0,
      progress: null,
      problems: [],
      devices: [],
      offsetMs: 0,
      deviceId: recorder.deviceId,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncView => this.view;

  start(): void {
    void this.loadSaved();
    void call('appInfo').then(
      (info) => (this.appVersion = info.version),
      () => {},
    );
    let previous = -1;
    const subscription = liveQuery(() => this.db.ops.where('shipped').equals(0).count()).subscribe({
      next: (pending) => {
        this.update({ pending });
        if (previous >= 0 && pending > previous) this.scheduleAfterEdit();
        previous = pending;
      },
    });
    this.unsubscribe = () => subscription.unsubscribe();
    this.timers.push(setInterval(() => void this.syncNow(), SYNC_EVERY_MS));
    this.timers.push(setInterval(() => void this.checkReachable(), REACHABILITY_EVERY_MS));
    void this.checkReachable();
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    clearTimeout(this.debounce);
    this.unsubscribe?.();
  }

  configure(settings: Settings): void {
    const folderChanged = settings.shareFolder !== this.settings.shareFolder;
    this.settings = settings;
    if (!settings.shareFolder) this.update({ status: 'not-configured' });
    else if (folderChanged) {
      this.reachable = false;
      void this.checkReachable();
    }
  }

  /** Sync now, or once more right after the running sync. */
  syncNow(): Promise<void> {
    if (!this.settings.shareFolder) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private scheduleAfterEdit(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncNow(), AFTER_EDIT_MS);
  }

  /** A cheap look (one stat) for the share; coming back online starts a sync. */
  private async checkReachable(): Promise<void> {
    if (!this.settings.shareFolder || this.running) return;
    try {
      const check = await call('checkShareFolder', { path: this.settings.shareFolder });
      const was = this.reachable;
      this.reachable = check.reachable;
      if (check.reachable && !was) await this.syncNow();
      else if (!check.reachable) this.update({ status: 'offline' });
    } catch {
      this.update({ status: 'offline' });
    }
  }

  private async loadSaved(): Promise<void> {
    const state = await this.store.loadState();
    if (!state) return;
    // Edits made before the first sync of this session already get the corrected time.
    this.store.clock.offsetMs = estimateOffset(state.offsetSamples);
    this.update(this.fromState(state));
  }

  private fromState(state: SyncState): Partial<SyncView> {
    return {
      lastSuccessAt: state.lastSuccessAt ?? null,
      problems: state.problems,
      devices: Object.values(state.devices),
    };
  }

  private async run(): Promise<void> {
    this.update({ status: 'syncing', progress: null });
    let report: SyncReport;
    try {
      report = await syncOnce({
        store: this.store,
        transport: ipcTransport,
        identity: { user: this.settings.userName, department: this.settings.homeDepartment, app: this.appVersion },
        onProgress: (done, total) => this.update({ progress: total > 0 ? { done, total } : null }),
      });
    } catch (error) {
      console.error('Sync failed', error);
      const detail =
        error instanceof IpcError ? error.info.message : error instanceof Error ? error.message : String(error);
      this.update({ status: 'problem', progress: null, problems: [{ code: 'read-failed', detail }] });
      return;
    }
    if (report.outcome === 'cloned') {
      // Another laptop writes under this id (a copied disk image): take a new id and start again with it.
      await call('renewDeviceId');
      window.location.reload();
      return;
    }
    this.reachable = report.outcome !== 'offline';
    const state = await this.store.loadState();
    const serious = report.problems.some((p) => !MINOR.has(p.code));
    this.update({
      ...(state ? this.fromState(state) : {}),
      status:
        report.outcome === 'offline' ? 'offline' : serious || report.outcome === 'refused' ? 'problem' : 'up-to-date',
      progress: null,
      pending: report.pending,
      offsetMs: report.offsetMs,
      ...(report.outcome === 'offline' ? {} : { problems: report.problems }),
    });
  }

  private update(patch: Partial<SyncView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}

let current: { db: CsbDatabase; controller: SyncController } | undefined;

/** One controller per database (the app has one). */
export function syncControllerFor(db: CsbDatabase, recorder: ChangeRecorder, settings: Settings): SyncController {
  if (current?.db !== db) {
    current?.controller.stop();
    current = { db, controller: new SyncController(db, recorder, settings) };
    current.controller.start();
  }
  return current.controller;
}
