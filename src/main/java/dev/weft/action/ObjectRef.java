package dev.weft.action;

/// One Kubernetes object in one cluster of the fabric. Immutable.
///
/// @param cluster `gateway` or a zone name
/// @param kind `HTTPRoute`, `Service` or `ConfigMap`
public record ObjectRef(String cluster, String kind, String namespace, String name) {
  /// The cluster name used for the gateway's cluster.
  public static final String GATEWAY = "gateway";

  /// `HTTPRoute edge/health in gateway`.
  public String describe() {
    return kind + " " + namespace + "/" + name + " in " + cluster;
  }
}
