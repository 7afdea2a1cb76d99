package dev.weft.demo.auth;

import java.util.List;

/// The people of the demo, the same in every cluster, and the GitOps controller that edits
/// objects behind Weft's back. Stateless.
public final class DemoUsers {
  /// May do everything (ClusterRole cluster-admin).
  public static final String ADMIN = "admin";

  /// Reads everything; changes HTTPRoutes in the gateway namespace, Services and Deployments in
  /// the app namespace, and creates and deletes Deployments there.
  public static final String ONCALL = "oncall";

  /// Gets, lists and watches; changes nothing.
  public static final String VIEWER = "viewer";

  /// The people, in the order the kubeconfig lists them.
  public static final List<String> PEOPLE = List.of(ADMIN, ONCALL, VIEWER);

  /// The in-process GitOps controller (`drift` scenarios): a service account, not a person.
  public static final Identity GITOPS = Identity.serviceAccount("gitops", "controller");

  private DemoUsers() {}

  /// `admin`, `oncall`, `viewer` as a person; anything else must be a known full user name.
  public static Identity identity(String user) {
    if (PEOPLE.contains(user)) {
      return Identity.user(user);
    }
    if (user.equals(GITOPS.username())) {
      return GITOPS;
    }
    throw new IllegalArgumentException(
        "unknown demo user '" + user + "'; users: " + String.join(", ", PEOPLE));
  }
}
