package dev.weft.cluster;

import dev.weft.cluster.ContextResolver.Located;
import dev.weft.cluster.ContextResolver.Misconfiguration;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.client.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/// A kubeconfig cluster entry applied to a fabric8 [Config]: the server's address, checked and
/// made explicit, and the TLS settings. Pure apart from checking that named files are readable.
final class ClusterSettings {
  private ClusterSettings() {}

  static void apply(Config config, String context, Located<Cluster> located)
      throws Misconfiguration {
    Cluster cluster = located.value();
    config.setMasterUrl(serverUrl(context, cluster.getServer()).toString());
    if (cluster.getCertificateAuthorityData() != null) {
      config.setCaCertData(cluster.getCertificateAuthorityData());
    } else if (cluster.getCertificateAuthority() != null) {
      config.setCaCertFile(
          readable(located.resolve(cluster.getCertificateAuthority()), "certificate-authority"));
    }
    if (Boolean.TRUE.equals(cluster.getInsecureSkipTlsVerify())) {
      config.setTrustCerts(true);
      config.setDisableHostnameVerification(true);
    }
    if (cluster.getTlsServerName() != null) {
      config.setTlsServerName(cluster.getTlsServerName());
    }
    if (cluster.getProxyUrl() != null) {
      config.setHttpsProxy(cluster.getProxyUrl());
      config.setHttpProxy(cluster.getProxyUrl());
    }
  }

  /// The server's URL with its scheme and port explicit. No scheme means `https`: fabric8 would
  /// otherwise probe TLS and fall back to plain HTTP, sending the token in clear text.
  static URI serverUrl(String context, String server) throws Misconfiguration {
    if (server == null || server.isBlank()) {
      throw new Misconfiguration("context '" + context + "' names no cluster server");
    }
    String text = server.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
        throw new Misconfiguration(
            "server " + shown(text) + " of context '" + context + "' is neither https nor http");
      }
      text = "https://" + text;
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new Misconfiguration(
          "server address " + shown(server) + " of context '" + context + "' is not a URL");
    }
    String port = portText(uri);
    boolean digits = port != null && !port.isEmpty() && port.chars().allMatch(Character::isDigit);
    if (digits
        && (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
      throw new Misconfiguration(
          "server address "
              + shown(server)
              + " of context '"
              + context
              + "' has port "
              + port
              + ", outside 1–65535");
    }
    if (uri.getHost() == null || (port != null && !digits)) {
      throw new Misconfiguration(
          "server address " + shown(server) + " of context '" + context + "' has no valid host");
    }
    if (uri.getRawUserInfo() == null) {
      return uri;
    }
    // A user name and password in the address are never sent (client-go does not send them
    // either; credentials belong to the kubeconfig's user) and never shown.
    try {
      return new URI(
          uri.getScheme(),
          null,
          uri.getHost(),
          uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          uri.getFragment());
    } catch (URISyntaxException e) {
      throw new Misconfiguration(
          "server address " + shown(server) + " of context '" + context + "' is not a URL");
    }
  }

  /// A server address as it may be shown: a user name and password in it are replaced by "…".
  static String shown(String server) {
    return server.strip().replaceAll("^([^/?#]*//)?[^/?#@]*@", "$1…@");
  }

  /// The port as written (java.net.URI accepts 99999), or null when the address has none.
  private static String portText(URI uri) {
    String authority = uri.getRawAuthority();
    if (authority == null) {
      return null;
    }
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0 || hostPort.endsWith("]") || colon == hostPort.length() - 1) {
      return null;
    }
    return hostPort.substring(colon + 1);
  }

  static String readable(Path file, String what) throws Misconfiguration {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new Misconfiguration(what + " file " + file + " cannot be read");
    }
    return file.toString();
  }
}
