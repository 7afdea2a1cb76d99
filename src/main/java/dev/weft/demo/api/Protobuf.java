package dev.weft.demo.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/// Reads the Kubernetes protobuf bodies kubectl's typed clients send (`kubectl create
/// rolebinding`, `kubectl auth can-i`, `kubectl create deployment`) as the JSON objects they
/// stand for, for the types whose schema is written here: RBAC objects, the self-subject reviews,
/// ConfigMaps (text data), Namespaces, and Deployments and Services as `kubectl create` makes
/// them (a field of theirs not written here is refused with 415 when it carries a value). The
// `k8s\0` envelope holds
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

  /// An int32 or int64 (a varint).
  private record Int(String name) implements Field {}

  private record Bool(String name) implements Field {}

  /// An `IntOrString`: a number or a string in JSON.
  private record IntOrString(String name) implements Field {}

  /// A field that means nothing to a create (the object's status): read past.
  private record Skip() implements Field {}

  /// A message whose fields not listed are refused when they carry a value, rather than
  /// dropped: a Deployment's pod template has far more fields than `kubectl create` sends.
  private record Strict(String name, Map<Integer, Field> schema, boolean repeated)
      implements Field {}

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
  private static final Map<Integer, Field> LABEL_SELECTOR =
      Map.of(
          1,
          new StringMap("matchLabels"),
          2,
          new Strict(
              "matchExpressions",
              Map.of(1, new Text("key"), 2, new Text("operator"), 3, new Texts("values")),
              true));
  private static final Map<Integer, Field> CONTAINER =
      Map.of(
          1, new Text("name"),
          2, new Text("image"),
          3, new Texts("command"),
          4, new Texts("args"),
          5, new Text("workingDir"),
          6,
              new Strict(
                  "ports",
                  Map.of(
                      1, new Text("name"),
                      2, new Int("hostPort"),
                      3, new Int("containerPort"),
                      4, new Text("protocol"),
                      5, new Text("hostIP")),
                  true),
          7, new Strict("env", Map.of(1, new Text("name"), 2, new Text("value")), true),
          8, new Strict("resources", Map.of(), false),
          14, new Text("imagePullPolicy"));
  private static final Map<Integer, Field> POD_TEMPLATE =
      Map.of(
          1,
          new Message("metadata", META),
          2,
          new Strict(
              "spec",
              Map.of(2, new Strict("containers", CONTAINER, true), 3, new Text("restartPolicy")),
              false));
  private static final Map<Integer, Field> DEPLOYMENT =
      Map.of(
          1,
          new Message("metadata", META),
          2,
          new Strict(
              "spec",
              Map.of(
                  1, new Int("replicas"),
                  2, new Strict("selector", LABEL_SELECTOR, false),
                  3, new Strict("template", POD_TEMPLATE, false),
                  4,
                      new Strict(
                          "strategy",
                          Map.of(
                              1,
                              new Text("type"),
                              2,
                              new Strict(
                                  "rollingUpdate",
                                  Map.of(
                                      1,
                                      new IntOrString("maxUnavailable"),
                                      2,
                                      new IntOrString("maxSurge")),
                                  false)),
                          false),
                  5, new Int("minReadySeconds"),
                  6, new Int("revisionHistoryLimit"),
                  7, new Bool("paused"),
                  9, new Int("progressDeadlineSeconds")),
              false),
          3,
          new Skip());
  private static final Map<Integer, Field> SERVICE =
      Map.of(
          1,
          new Message("metadata", META),
          2,
          new Strict(
              "spec",
              Map.of(
                  1,
                  new Strict(
                      "ports",
                      Map.of(
                          1, new Text("name"),
                          2, new Text("protocol"),
                          3, new Int("port"),
                          4, new IntOrString("targetPort"),
                          5, new Int("nodePort"),
                          6, new Text("appProtocol")),
                      true),
                  2,
                  new StringMap("selector"),
                  3,
                  new Text("clusterIP"),
                  4,
                  new Text("type"),
                  10,
                  new Text("externalName")),
              false),
          3,
          new Skip());
  private static final Map<ResourceType, Map<Integer, Field>> SCHEMAS =
      Map.ofEntries(
          Map.entry(ResourceType.ROLES, ROLE),
          Map.entry(ResourceType.CLUSTER_ROLES, ROLE),
          Map.entry(ResourceType.ROLE_BINDINGS, BINDING),
          Map.entry(ResourceType.CLUSTER_ROLE_BINDINGS, BINDING),
          Map.entry(ResourceType.SELF_SUBJECT_ACCESS_REVIEWS, ACCESS_REVIEW),
          Map.entry(ResourceType.SELF_SUBJECT_RULES_REVIEWS, RULES_REVIEW),
          Map.entry(ResourceType.SELF_SUBJECT_REVIEWS, Map.of()),
          // `kubectl create configmap --from-literal` and `kubectl create namespace`.
          Map.entry(ResourceType.CONFIG_MAPS, CONFIG_MAP),
          Map.entry(ResourceType.NAMESPACES, Map.of(1, new Message("metadata", META))),
          // `kubectl create deployment` and `kubectl create service`.
          Map.entry(ResourceType.DEPLOYMENTS, DEPLOYMENT),
          Map.entry(ResourceType.SERVICES, SERVICE));

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
    read(message, schema, out, null);
  }

  /// @param strict the message's name when fields not in `schema` are refused, else null
  private static void read(
      byte[] message, Map<Integer, Field> schema, ObjectNode out, String strict) {
    Reader r = new Reader(message, 0);
    while (r.more()) {
      long key = r.varint();
      int wire = (int) (key & 7);
      if (wire == 0) {
        long number = r.varint();
        Field field = schema.get((int) (key >>> 3));
        switch (field) {
          case Int i -> out.put(i.name(), number);
          case Bool b -> out.put(b.name(), number != 0);
          case null -> refuseIf(strict, key, number != 0);
          default -> {}
        }
        continue;
      }
      byte[] value = r.value(wire);
      Field field = schema.get((int) (key >>> 3));
      if (field == null) {
        refuseIf(strict, key, value != null && value.length > 0);
        continue;
      }
      if (value == null) {
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
        case Strict m -> {
          ObjectNode into =
              m.repeated()
                  ? (out.has(m.name()) ? out.withArray(m.name()) : out.putArray(m.name()))
                      .addObject()
                  : out.has(m.name()) ? out.withObject(m.name()) : out.putObject(m.name());
          read(value, m.schema(), into, m.name());
        }
        case IntOrString i -> {
          ObjectNode parts = Json.object();
          read(
              value,
              Map.of(1, new Int("type"), 2, new Int("intVal"), 3, new Text("strVal")),
              parts);
          if (parts.path("type").asInt() == 1) {
            out.put(i.name(), Json.text(parts, "strVal"));
          } else {
            out.put(i.name(), parts.path("intVal").asInt());
          }
        }
        case Skip skip -> {}
        case Int i -> {}
        case Bool b -> {}
        case StringMap m -> {
          ObjectNode entry = Json.object();
          read(value, Map.of(1, new Text("k"), 2, new Text("v")), entry);
          (out.has(m.name()) ? out.withObject(m.name()) : out.putObject(m.name()))
              .put(Json.text(entry, "k"), Json.text(entry, "v"));
        }
      }
    }
  }

  /// In a strict message, a field this reader does not know that carries a value is refused.
  private static void refuseIf(String strict, long key, boolean carries) {
    if (strict != null && carries) {
      throw new StoreException(
          415,
          "UnsupportedMediaType",
          "the demo cannot read field "
              + (key >>> 3)
              + " of "
              + strict
              + " from a protobuf body; send it as JSON (kubectl: -o json | kubectl create -f -)");
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
