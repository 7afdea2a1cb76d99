package dev.weft.demo.auth;

import java.util.List;

/// Who a request comes from, as an authenticator says: a user name and its groups. Immutable.
public record Identity(String username, List<String> groups) {
  static final String AUTHENTICATED = "system:authenticated";

  public Identity {
    groups = List.copyOf(groups);
  }

  /// A person: a user name in the group every authenticated user is in.
  public static Identity user(String name) {
    return new Identity(name, List.of(AUTHENTICATED));
  }

  /// A service account, named and grouped as Kubernetes names them.
  public static Identity serviceAccount(String namespace, String name) {
    return new Identity(
        "system:serviceaccount:" + namespace + ":" + name,
        List.of("system:serviceaccounts", "system:serviceaccounts:" + namespace, AUTHENTICATED));
  }
}
