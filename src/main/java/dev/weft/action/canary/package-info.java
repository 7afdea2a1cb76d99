/// Canary releases: a new version of one app beside the stable one in one zone, judged by the
/// fabric's health gates, promoted zone by zone in `canary.order`, or aborted everywhere.
///
/// [CanaryEngine] is the entry point (start, promote, pause, resume, abort, status, step,
/// follow). A release's state lives in the clusters: its record, ConfigMap
/// `weft-op-canary-<app>` in the gateway namespace, and the `weft.dev/canary` annotation on
/// each Deployment it touched. [Stepper] moves a release by one idempotent step, [Gates] judges
/// a zone (pure), [Aborts] rolls back. Every write goes through
/// [dev.weft.action.ObjectWrites]: dry run, `resourceVersion`, read-back, journal.
///
/// ## Threading
///
/// Every call blocks on network requests: call them on a background thread, never the FX
/// thread. Steps and commands on one app are serialized within a process; between processes
/// the record's `resourceVersion` decides. [Release] copies are not shared between threads.
package dev.weft.action.canary;
