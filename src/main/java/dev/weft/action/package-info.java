/// Every change Weft makes to clusters: fail over (drain a zone at the gateway, reroute a
/// dependency, evacuate a zone) and fail back, through one planner and one executor.
///
/// ## Using it (the window's view models and the command line)
///
/// ```java
/// try (Actions actions = Actions.open(fabric, KubeconfigSource.forFabric(fabric),
///     ActionOptions.defaults())) {
///   // 1. Plan: reads live objects (never the model), runs the checks, asks one
///   //    SelfSubjectAccessReview per write. Nothing changes.
///   Plan plan = actions.plan(new ActionRequest.Drain("gz-1", "sh-1"), "bj-1 stale");
///   plan.preview();        // per cluster: each object's fields, before → after
///   plan.checks();         // TARGET_HEALTH, CAPACITY, STICKY_SESSIONS, LAST_ZONE, …
///   plan.permissions();    // ALLOWED / DENIED (user, verb, resource, cluster) / UNKNOWN
///   plan.confirmWords();   // words the user must type to override (fabric name, zone name)
///   plan.blockers(confirmation);  // empty ⇒ Enter may run it
///   // 2. Run: dry run of every write, operation record, apply, verify, undo on failure.
///   Outcome outcome = actions.run(plan, Confirmation.typed("sh-1"), listener);
///   outcome.clusters();    // per cluster: CHANGED / UNDONE / FAILED (reason) / UNKNOWN
/// }
/// ```
///
/// Requests: [ActionRequest.Drain] (zone, optional target zone), [ActionRequest.Reroute]
/// (app@zone → zone), [ActionRequest.Evacuate] (zone), [ActionRequest.Failback] with a
/// [FailbackScope] (zone, app@zone, operation id, all), [ActionRequest.RollBack] and
/// [ActionRequest.Finish] (an incomplete operation: undo it, or plan its request again under
/// its id, skipping the steps already in place). [Actions#dryRun] runs the checks and the
// server-side dry run only.
/// [Actions#inForce] lists the failovers in force and [Actions#incomplete] the operations left
/// half done, both read from the clusters. [DropRules] answers "may I drop this here, and if not,
/// why" from a model snapshot, at once, for drag and drop.
///
/// ## Threading
///
/// [Actions] blocks on network requests: call it on a background thread, never the FX thread.
/// [ActionListener] is called on the running thread with each phase and step; a view model
/// hands the values to its pump. [Plan], [Outcome] and every record here are immutable.
/// [DropRules] is pure and may run on the FX thread.
///
/// ## Safety, in this order
///
/// 1. **Plan** from live objects read from the clusters, not the model.
/// 2. **Checks**: the target zone is reachable (else refused) and healthy for the apps
///    involved (else the zone's name must be typed); capacity warning; the note that weight 0
///    does not end sticky sessions; draining the last zone that takes traffic needs the
///    fabric's name typed.
/// 3. **Permission**: a SelfSubjectAccessReview per write at plan time; a denied write refuses
///    the whole action before anything is written.
/// 4. **Preview** per cluster; the caller confirms.
/// 5. **Dry run**: every write with `dryRun=All` first; one refusal stops everything.
/// 6. **Apply** with the `resourceVersion` read: the whole object is sent (HTTPRoute `rules`
///    and `backendRefs` are atomic lists, never merged); a 409 is reported as "changed by
///    someone else since you looked", with what changed, and never forced.
/// 7. **Verify** by read-back, and for the route the gateway's `Accepted` condition for the new
///    generation. A write whose answer timed out is read back before anything else is decided.
/// 8. **Undo** on partial failure; the [Outcome] says per cluster what happened.
///
/// ## State in the clusters
///
/// Each changed object carries `weft.dev/operation`, `weft.dev/previous` (per operation, only
/// the fields it changed, before and after), `weft.dev/by` (kubeconfig user), `weft.dev/at`,
/// `weft.dev/reason`; a rerouted Service also `weft.dev/rerouted-to`. An operation record
/// (ConfigMap `weft-op-<id>` in the gateway namespace, labelled
/// `app.kubernetes.io/managed-by: weft`) holds the plan and the progress, written before the
/// first write and after each; a failover in force keeps it, a finished failback removes it. A
/// Kubernetes Event (reason `WeftFailover` / `WeftFailback`) goes on each changed object. The
/// [Journal] (JSON lines in the user's data folder) is the user's record, one entry per phase.
package dev.weft.action;
