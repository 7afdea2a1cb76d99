package dev.weft.demo.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/// Reads the Kubernetes protobuf bodies kubectl's typed clients send (`kubectl create
/// rolebinding`, `kubectl auth can-i`) as the JSON objects they stand for, for the types whose
/// schema is written here: RBAC objects, the self-subject reviews, ConfigMaps (text data) and
/// Namespaces. The `k8s\0` envelope holds
/// a `runtime.Unknown` whose field 2 is the object; field numbers follow Kubernetes'
/// `generated.proto`. Fields not listed are skipped. Stateless.
public final class Protobuf {
  /// The content type kubectl names these bodies with.
  public static final String CONTENT_TYPE = "application/vnd.kubernetes.protobuf";

  private sealed interface Field {}

  private record Text(String name) implements Field {}

  private record Texts(String name) implements Field {}

  private record Message(String name, Map<Integer, Field> schema) implements Field {}

  private record Messages(String name, Map<Integer, Field> schema) implements Field {}

  private record StringMap(String name) implements Field {}

  /// A field this reader cannot carry over (binary values): refused rather than dropped.
  private record Unread(String name) implements Field {}

  private static final Map<Integer, Field> META =
      Map.of(
          1, new Text("name"),
          2, new Text("generateName"),
          3, new Text("namespace"),
          6, new Text("resourceVersion"),
          11, new StringMap("labels"),
          12, new StringMap("annotations"));
  private static final Map<Integer, Field> RULE =
      Map.of(
          1, new Texts("verbs"),
          2, new Texts("apiGroups"),
          3, new Texts("resources"),
          4, new Texts("resourceNames"),
          5, new Texts("nonResourceURLs"));
  private static final Map<Integer, Field> ROLE =
      Map.of(1, new Message("metadata", META), 2, new Messages("rules", RULE));
  private static final Map<Integer, Field> SUBJECT =
      Map.of(
          1,
          new Text("kind"),
          2,
          new Text("apiGroup"),
          3,
          new Text("name"),
          4,
          new Text("namespace"));
  private static final Map<Integer, Field> ROLE_REF =
      Map.of(1, new Text("apiGroup"), 2, new Text("kind"), 3, new Text("name"));
  private static final Map<Integer, Field> BINDING =
      Map.of(
          1, new Message("metadata", META),
          2, new Messages("subjects", SUBJECT),
          3, new Message("roleRef", ROLE_REF));
  private static final Map<Integer, Field> RESOURCE_ATTRIBUTES =
      Map.of(
          1, new Text("namespace"),
          2, new Text("verb"),
          3, new Text("group"),
          4, new Text("version"),
          5, new Text("resource"),
          6, new Text("subresource"),
          7, new Text("name"));
  private static final Map<Integer, Field> ACCESS_REVIEW =
      Map.of(
          2,
          new Message(
              "spec",
              Map.of(
                  1,
                  new Message("resourceAttributes", RESOURCE_ATTRIBUTES),
                  2,
                  new Message(
                      "nonResourceAttributes", Map.of(1, new Text("path"), 2, new Text("verb"))))));
  private static final Map<Integer, Field> RULES_REVIEW =
      Map.of(2, new Message("spec", Map.of(1, new Text("namespace"))));

  private static final Map<Integer, Field> CONFIG_MAP =
      Map.of(
          1,
          new Message("metadata", META),
          2,
          new StringMap("data"),
          3,
          new Unread("binaryData"),
          4,
          new Unread("immutable"));
  private static final Map<ResourceType, Map<Integer, Field>> SCHEMAS =
      Map.of(
          ResourceType.ROLES, ROLE,
          ResourceType.CLUSTER_ROLES, ROLE,
          ResourceType.ROLE_BINDINGS, BINDING,
          ResourceType.CLUSTER_ROLE_BINDINGS, BINDING,
          ResourceType.SELF_SUBJECT_ACCESS_REVIEWS, ACCESS_REVIEW,
          ResourceType.SELF_SUBJECT_RULES_REVIEWS, RULES_REVIEW,
          ResourceType.SELF_SUBJECT_REVIEWS, Map.of(),
          // `kubectl create configmap --from-literal` and `kubectl create namespace`.
          ResourceType.CONFIG_MAPS, CONFIG_MAP,
          ResourceType.NAMESPACES, Map.of(1, new Message("metadata", META)));

  private static final byte[] MAGIC = {'k', '8', 's', 0};

  private Protobuf() {}

  /// Whether a body of `contentType` for `type` can be read here.
  public static boolean readable(String contentType, ResourceType type) {
    return contentType != null && contentType.startsWith(CONTENT_TYPE) && SCHEMAS.containsKey(type);
  }

  /// The object `bytes` hold, as JSON with `apiVersion` and `kind`.
  ///
  /// @throws StoreException 400 when the bytes are not such an object
  public static ObjectNode decode(ResourceType type, byte[] bytes) {
    if (bytes.length < 4 || !Arrays.equals(bytes, 0, 4, MAGIC, 0, 4)) {
      throw new StoreException(400, "BadRequest", "the body is not a Kubernetes protobuf object");
    }
    try {
      byte[] raw = null;
      Reader envelope = new Reader(bytes, 4);
      while (envelope.more()) {
        long key = envelope.varint();
        byte[] value = envelope.value((int) (key & 7));
        if ((key >>> 3) == 2) {
          raw = value;
        }
      }
      ObjectNode object =
          Json.object().put("apiVersion", type.apiVersion()).put("kind", type.kind());
      if (raw != null) {
        read(raw, SCHEMAS.get(type), object);
      }
      return object;
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      throw new StoreException(400, "BadRequest", "malformed protobuf body: " + e.getMessage());
    }
  }

  private static void read(byte[] message, Map<Integer, Field> schema, ObjectNode out) {
    Reader r = new Reader(message, 0);
    while (r.more()) {
      long key = r.varint();
      byte[] value = r.value((int) (key & 7));
      Field field = schema.get((int) (key >>> 3));
      if (value == null || field == null) {
        continue;
      }
      switch (field) {
        case Text t -> {
          // Go writes every string, empty ones too; JSON omits them, as kube-apiserver does.
          if (value.length > 0) {
            out.put(t.name(), utf8(value));
          }
        }
        case Texts t ->
            (out.has(t.name()) ? out.withArray(t.name()) : out.putArray(t.name())).add(utf8(value));
        case Message m ->
            read(
                value,
                m.schema(),
                out.has(m.name()) ? out.withObject(m.name()) : out.putObject(m.name()));
        case Messages m ->
            read(
                value,
                m.schema(),
                (out.has(m.name()) ? out.withArray(m.name()) : out.putArray(m.name())).addObject());
        case Unread u ->
            throw new StoreException(
                415,
                "UnsupportedMediaType",
                "the demo cannot read "
                    + u.name()
                    + " from a protobuf body; send it as JSON (kubectl: -o json | kubectl"
                    + " create -f -)");
        case StringMap m -> {
          ObjectNode entry = Json.object();
          read(value, Map.of(1, new Text("k"), 2, new Text("v")), entry);
          (out.has(m.name()) ? out.withObject(m.name()) : out.putObject(m.name()))
              .put(Json.text(entry, "k"), Json.text(entry, "v"));
        }
      }
    }
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes, int from) {
      this.bytes = bytes;
      this.at = from;
    }

    boolean more() {
      return at < bytes.length;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = bytes[at++];
        value |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw new IllegalStateException("varint too long");
    }

    /// A length-delimited value; other wire types are skipped (null).
    byte[] value(int wireType) {
      switch (wireType) {
        case 0 -> varint();
        case 1 -> at += 8;
        case 5 -> at += 4;
        case 2 -> {
          long length = varint();
          if (length < 0 || at + length > bytes.length) {
            throw new IllegalStateException("length past the end");
          }
          byte[] value = Arrays.copyOfRange(bytes, at, at + (int) length);
          at += (int) length;
          return value;
        }
        default -> throw new IllegalStateException("wire type " + wireType);
      }
      return null;
    }
  }
}
