package dev.weft.action;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LeanClients;
import dev.weft.fabric.Fabric;
import java.util.List;

/// The one way Weft changes clusters: plan → checks → permission → preview → confirm → dry run
/// → apply → verify → journal, undoing what was applied when a step fails (see the package
/// documentation).
///
/// Threading: every method but [#close] blocks on network requests (up to the request timeout
/// per request); call them on a background thread, never the FX thread. An instance may be used
/// from several threads; runs of different plans may overlap (the clusters' optimistic
/// concurrency decides who wins).
public final class Actions implements AutoCloseable {
  private final Fabric fabric;
  private final Clusters clusters;
  private final Journal journal;
  private final ActionOptions options;

  private Actions(Fabric fabric, Clusters clusters, Journal journal, ActionOptions options) {
    this.fabric = fabric;
    this.clusters = clusters;
    this.journal = journal;
    this.options = options;
  }

  /// Actions on `fabric`'s clusters through `kubeconfig`. Connects lazily: nothing is contacted
  /// until the first plan.
  public static Actions open(Fabric fabric, KubeconfigSource kubeconfig, ActionOptions options) {
    return new Actions(
        fabric,
        new Clusters(fabric, kubeconfig, options.requestTimeout()),
        new Journal(options.journal()),
        options);
  }

  /// As [#open], for reading only ([#inForce], [#incomplete]): contexts the JDK's HTTP client
  /// serves are read with it, not with fabric8's client (a one-shot `weft status` answers
  /// sooner). Never plan or apply through it.
  public static Actions openForReading(
      Fabric fabric, KubeconfigSource kubeconfig, ActionOptions options) {
    return new Actions(
        fabric,
        new Clusters(
            fabric,
            kubeconfig,
            options.requestTimeout(),
            new LeanClients(kubeconfig, options.requestTimeout()),
            true),
        new Journal(options.journal()),
        options);
  }

  /// As [#openForReading(Fabric, KubeconfigSource, ActionOptions)], over a command's `lean`
  /// clients (one connection per cluster for all its reads); closing this leaves them open.
  public static Actions openForReading(
      Fabric fabric, KubeconfigSource kubeconfig, ActionOptions options, LeanClients lean) {
    return new Actions(
        fabric,
        new Clusters(fabric, kubeconfig, options.requestTimeout(), lean, false),
        new Journal(options.journal()),
        options);
  }

  public Fabric fabric() {
    return fabric;
  }

  public Journal journal() {
    return journal;
  }

  /// The write path for actions planned outside this package (a canary's steps): reads, access
  /// reviews, and single-object writes with dry run, `resourceVersion`, read-back and journal.
  public ObjectWrites writes() {
    return new ObjectWrites(fabric, clusters, journal, options);
  }

  /// Plans `request` from the live objects: reads them, computes every write, runs the checks
  /// and asks a SelfSubjectAccessReview for each write. Changes nothing; journals the plan.
  ///
  /// @param reason the user's reason, recorded on every changed object; may be empty
  public Plan plan(ActionRequest request, String reason) {
    Plan plan = new Planner(fabric, clusters, options).plan(request, reason);
    journal.append(JournalEntries.planned(plan));
    return plan;
  }

  /// Runs `plan`: refuses when [Plan#blockers] is not empty for `confirmation`; then dry-runs
  /// every write (a refusal stops everything), writes the operation record, applies each write
  /// with the `resourceVersion` read, verifies by read-back, and undoes what was applied when a
  /// step fails. Never throws for a cluster's answer: everything is in the [Outcome].
  public Outcome run(Plan plan, Confirmation confirmation, ActionListener listener) {
    return new Executor(fabric, clusters, journal, options)
        .run(plan, confirmation, listener, false);
  }

  /// Checks `plan` as [#run] would and dry-runs every write (`dryRun=All`): the verdicts, and
  /// nothing changed anywhere.
  public Outcome dryRun(Plan plan, ActionListener listener) {
    return new Executor(fabric, clusters, journal, options)
        .run(plan, Confirmation.plain(), listener, true);
  }

  /// Every failover in force, read from the annotations on the gateway's route and on each
  /// zone's Services (zones that cannot be reached are skipped).
  public List<InForce> inForce() {
    return new InForceReader(fabric, clusters).read();
  }

  /// Operations left half done, from their records in the gateway namespace.
  public List<Incomplete> incomplete() {
    return new OperationRecords(fabric, clusters).incomplete();
  }

  @Override
  public void close() {
    clusters.close();
  }
}
