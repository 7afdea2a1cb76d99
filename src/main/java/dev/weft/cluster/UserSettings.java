package dev.weft.cluster;

import dev.weft.cluster.ContextResolver.Located;
import dev.weft.cluster.ContextResolver.Misconfiguration;
import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.client.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// A kubeconfig user entry applied to a fabric8 [Config]. Every credential the user names must
/// be usable: a token file that is missing, unreadable or empty is an error, never a silent
/// anonymous connection. Errors name the file or field, never a secret. An exec plugin is
/// returned, not run.
final class UserSettings {
  /// A token file is a few kilobytes at most; a larger one is not a token.
  private static final long MAX_TOKEN_FILE = 64 * 1024;

  private UserSettings() {}

  static ExecPlugin apply(Config config, String userName, Located<AuthInfo> located)
      throws Misconfiguration {
    AuthInfo user = located.value();
    if (user.getToken() != null && !user.getToken().isBlank()) {
      config.setOauthToken(user.getToken().strip());
    } else if (user.getTokenFile() != null) {
      config.setOauthToken(tokenFile(userName, located.resolve(user.getTokenFile())));
    }
    if (user.getClientCertificateData() != null) {
      config.setClientCertData(user.getClientCertificateData());
    } else if (user.getClientCertificate() != null) {
      config.setClientCertFile(
          ClusterSettings.readable(
              located.resolve(user.getClientCertificate()), "client-certificate"));
    }
    if (user.getClientKeyData() != null) {
      config.setClientKeyData(user.getClientKeyData());
    } else if (user.getClientKey() != null) {
      config.setClientKeyFile(
          ClusterSettings.readable(located.resolve(user.getClientKey()), "client-key"));
    }
    if (user.getUsername() != null) {
      config.setUsername(user.getUsername());
      config.setPassword(user.getPassword());
    }
    if (user.getAs() != null) {
      config.setImpersonateUsername(user.getAs());
    }
    if (user.getAuthProvider() != null) {
      config.setAuthProvider(user.getAuthProvider());
    }
    return user.getExec() == null ? null : ExecPlugin.of(userName, user.getExec(), located);
  }

  private static String tokenFile(String userName, Path file) throws Misconfiguration {
    String where = "tokenFile " + file + " of user '" + userName + "'";
    try {
      if (!Files.isRegularFile(file)) {
        throw new Misconfiguration(where + " is missing or not a regular file");
      }
      if (Files.size(file) > MAX_TOKEN_FILE) {
        throw new Misconfiguration(where + " is too large to be a token");
      }
      String token = Files.readString(file).strip();
      if (token.isEmpty()) {
        throw new Misconfiguration(where + " is empty");
      }
      return token;
    } catch (IOException e) {
      throw new Misconfiguration(where + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
