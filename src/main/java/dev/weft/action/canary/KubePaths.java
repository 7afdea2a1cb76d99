package dev.weft.action.canary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/// API paths a canary reads and writes. Pure.
final class KubePaths {
  private KubePaths() {}

  static String deployments(String namespace) {
    return "/apis/apps/v1/namespaces/" + namespace + "/deployments";
  }

  static String deployment(String namespace, String name) {
    return deployments(namespace) + "/" + name;
  }

  static String pods(String namespace, String selector) {
    return "/api/v1/namespaces/"
        + namespace
        + "/pods?labelSelector="
        + URLEncoder.encode(selector, StandardCharsets.UTF_8);
  }

  static String events(String namespace) {
    return "/api/v1/namespaces/" + namespace + "/events";
  }

  static String configMaps(String namespace) {
    return "/api/v1/namespaces/" + namespace + "/configmaps";
  }
}
