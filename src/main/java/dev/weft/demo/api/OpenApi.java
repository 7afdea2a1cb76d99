package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/// `/openapi/v2` and `/openapi/v3` for every type in [ResourceType#ALL]: the v2 document, the
/// v3 root listing each group version's `serverRelativeURL` with its hash, and one v3
/// document per group version (`/openapi/v3/apis/apps/v1`). Schemas come from
/// [OpenApiSchemas], generated from fabric8's model classes.
///
/// Served as JSON only: a client that accepts nothing but protobuf (kubectl asks for the v2
/// document that way) gets 406 Not Acceptable. kubectl reads the v3 documents as JSON.
///
/// Built once per process, on first use (see [#documents]), then shared; thread-safe.
final class OpenApi {
  private static final String V3 = "/openapi/v3";

  /// The generated documents, ready to send.
  record Documents(
      byte[] v2,
      byte[] v3Root,
      Map<String, byte[]> v3,
      Map<String, String> hashes,
      Map<ResourceType, String> schemaNames,
      Map<String, ObjectNode> definitions) {}

  private static volatile Documents documents;

  private OpenApi() {}

  static Documents documents() {
    Documents built = documents;
    if (built == null) {
      synchronized (OpenApi.class) {
        built = documents;
        if (built == null) {
          built = build();
          documents = built;
        }
      }
    }
    return built;
  }

  /// The answer to `path` if it is an OpenAPI path.
  static Optional<MockResponse> serve(String path, String query, String accept) {
    if (!path.equals("/openapi/v2") && !path.startsWith(V3)) {
      return Optional.empty();
    }
    if (!acceptsJson(accept)) {
      return Optional.of(
          Responses.error(
              406,
              "NotAcceptable",
              "the server was unable to respond with a content type that the client supports"
                  + " (the demo serves OpenAPI as application/json only)"));
    }
    Documents docs = documents();
    if (path.equals("/openapi/v2")) {
      return Optional.of(bytes(docs.v2(), null));
    }
    if (path.equals(V3) || path.equals(V3 + "/")) {
      return Optional.of(bytes(docs.v3Root(), null));
    }
    String groupVersion = path.substring(V3.length() + 1);
    byte[] doc = docs.v3().get(groupVersion);
    if (doc == null) {
      return Optional.of(
          Responses.error(404, "NotFound", "the server could not find the requested resource"));
    }
    String hash = docs.hashes().get(groupVersion);
    String asked = hashParameter(query);
    if (asked != null && !asked.equals(hash)) {
      // kube-apiserver redirects an outdated hash to the current document.
      return Optional.of(
          new MockResponse()
              .setResponseCode(301)
              .setHeader("Location", V3 + "/" + groupVersion + "?hash=" + hash));
    }
    return Optional.of(bytes(doc, asked == null ? null : hash));
  }

  private static MockResponse bytes(byte[] body, String immutableHash) {
    MockResponse response =
        new MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "application/json")
            .setBody(body);
    if (immutableHash != null) {
      response
          .setHeader("Cache-Control", "public, immutable")
          .setHeader("Etag", '"' + immutableHash + '"');
    }
    return response;
  }

  private static boolean acceptsJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    return accept.contains("application/json") || accept.contains("*/*");
  }

  private static String hashParameter(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("hash=")) {
        return pair.substring("hash=".length());
      }
    }
    return null;
  }

  private static Documents build() {
    OpenApiSchemas schemas = new OpenApiSchemas();
    Map<ResourceType, String> names = new LinkedHashMap<>();
    for (ResourceType type : ResourceType.ALL) {
      OpenApiSchemas.modelClass(type)
          .ifPresent(model -> names.put(type, schemas.resource(type, model)));
    }
    ObjectNode v2 = Json.object().put("swagger", "2.0");
    v2.putObject("info").put("title", "Kubernetes").put("version", Discovery.GIT_VERSION);
    ObjectNode v2Paths = v2.putObject("paths");
    Map<String, ObjectNode> byGroupVersion = new LinkedHashMap<>();
    names.forEach(
        (type, name) -> {
          OpenApiPaths.add(v2Paths, type, name, false);
          ObjectNode doc =
              byGroupVersion.computeIfAbsent(type.groupPath().substring(1), k -> v3Document());
          OpenApiPaths.add((ObjectNode) doc.get("paths"), type, name, true);
          ObjectNode components = (ObjectNode) doc.get("components").get("schemas");
          schemas.closure(name).forEach(n -> components.set(n, schemas.definitions().get(n)));
        });
    ObjectNode definitions = v2.putObject("definitions");
    schemas.definitions().forEach(definitions::set);

    Map<String, byte[]> v3 = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    ObjectNode root = Json.object();
    ObjectNode rootPaths = root.putObject("paths");
    byGroupVersion.forEach(
        (groupVersion, doc) -> {
          byte[] bytes =
              Json.string(doc)
                  .replace('"' + OpenApiSchemas.REF_PREFIX, "\"#/components/schemas/")
                  .getBytes(StandardCharsets.UTF_8);
          String hash = sha512(bytes);
          v3.put(groupVersion, bytes);
          hashes.put(groupVersion, hash);
          rootPaths
              .putObject(groupVersion)
              .put("serverRelativeURL", V3 + "/" + groupVersion + "?hash=" + hash);
        });
    return new Documents(
        Json.bytes(v2),
        Json.bytes(root),
        Map.copyOf(v3),
        Map.copyOf(hashes),
        Map.copyOf(names),
        Map.copyOf(schemas.definitions()));
  }

  private static ObjectNode v3Document() {
    ObjectNode doc = Json.object().put("openapi", "3.0.0");
    doc.putObject("info").put("title", "Kubernetes").put("version", Discovery.GIT_VERSION);
    doc.putObject("paths");
    doc.putObject("components").putObject("schemas");
    return doc;
  }

  private static String sha512(byte[] bytes) {
    try {
      return HexFormat.of()
          .withUpperCase()
          .formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
