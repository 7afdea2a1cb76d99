/// Weft: a desktop control room for one application running in several Kubernetes clusters.
///
/// Layers, each a package that uses only those below it (enforced by `LayeringTest`, and
/// written out in the README's "How Weft is built"):
/// - `fabric`: the fabric file (reading, checking, the `Fabric` record); uses nothing of Weft.
/// - `cluster`: kubeconfig contexts, fabric8 clients and informers, connection phases.
/// - `state`: the live model, health rules and snapshots; sees clusters only as
///   `ClusterChange` records, never fabric8 types.
/// - `action`: every write to a cluster (plan, checks, dry run, apply, verify, journal).
/// - `ui` (the window, the only place with JavaFX) and `cli` (the command line) on top.
/// - `demo`: the embedded demo fabric, beside them, used only by the top.
/// - `bench`, `ui.bench`, `ui.sample`: benchmarks and sample data, reached only from `weft
///   bench` and tests, never from the product's own code.
///
/// fabric8 types appear only in `cluster`, `demo`, `action` and `bench`; there are no package
/// cycles. `Main` is the composition root; `Launcher` (compiled for Java 8) is the jar's entry
/// point and checks the Java version first.
package dev.weft;
