package dev.weft.action;

/// The answer of one SelfSubjectAccessReview, asked for one write before anything is written.
/// Immutable.
///
/// @param cluster `gateway` or a zone name
/// @param user the kubeconfig user of that cluster's context
/// @param verb `update`, `create`, …
/// @param resource the plural resource, with its group when it has one (`httproutes.gateway.
///     networking.k8s.io`, `services`)
/// @param namespace the namespace written to
/// @param name the object's name, or `null` for a create
/// @param reason why it was denied or could not be asked; empty when allowed
public record Permission(
    String cluster,
    String user,
    String verb,
    String resource,
    String namespace,
    String name,
    Verdict verdict,
    String reason) {

  public enum Verdict {
    ALLOWED,
    /// The server said no: the action is refused before any write.
    DENIED,
    /// The server could not answer (no access review API, unreachable): the dry run still
    /// judges the write before anything changes.
    UNKNOWN
  }

  /// `user may not update httproutes.gateway.networking.k8s.io edge/health in gateway`.
  public String describe() {
    String object = namespace + "/" + (name == null ? "*" : name);
    String verdictText =
        switch (verdict) {
          case ALLOWED -> " may ";
          case DENIED -> " may not ";
          case UNKNOWN -> " may perhaps ";
        };
    return user
        + verdictText
        + verb
        + " "
        + resource
        + " "
        + object
        + " in "
        + cluster
        + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
