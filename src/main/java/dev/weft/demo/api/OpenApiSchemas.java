package dev.weft.demo.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/// OpenAPI schemas of the served resources, generated from fabric8's model classes (which
/// fabric8 generates from the upstream Kubernetes and Gateway API OpenAPI documents): every
/// `@JsonProperty` field becomes a property, nested model classes become `$ref`s, lists and
/// maps become arrays and `additionalProperties`, `IntOrString` and `Quantity` the string
/// formats Kubernetes gives them. Each resource's schema carries its
/// `x-kubernetes-group-version-kind`. Definitions are named by the model class's name.
///
/// fabric8's classes carry no field descriptions, so neither do these schemas.
///
/// Not thread-safe: one instance fills one definition map; [OpenApi] builds it once.
final class OpenApiSchemas {
  static final String REF_PREFIX = "#/definitions/";
  private static final String SERVICES = "META-INF/services/" + KubernetesResource.class.getName();
  private static final Set<String> STRING_TYPES =
      Set.of("Quantity", "Duration", "MicroTime", "Time");

  private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();

  /// The fabric8 model class of a served type, found through fabric8's own registry of
  /// resource classes (its `META-INF/services` lists), by group, version and kind. Only the
  /// classes named like the kind are loaded: loading all of them takes seconds.
  static Optional<Class<?>> modelClass(ResourceType type) {
    ClassLoader loader = OpenApiSchemas.class.getClassLoader();
    try {
      for (URL list : Collections.list(loader.getResources(SERVICES))) {
        try (InputStream in = list.openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.endsWith("." + type.kind())) {
              continue;
            }
            Class<?> c = Class.forName(name, false, loader);
            if (HasMetadata.class.isAssignableFrom(c)
                && type.apiVersion().equals(HasMetadata.getApiVersion(c))) {
              return Optional.of(c);
            }
          }
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("reading fabric8's model registry: " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  /// Adds the schema of `type`'s model class and of everything it refers to; returns its name.
  String resource(ResourceType type, Class<?> model) {
    String name = define(model);
    definitions
        .get(name)
        .putArray("x-kubernetes-group-version-kind")
        .addObject()
        .put("group", type.group())
        .put("kind", type.kind())
        .put("version", type.version());
    return name;
  }

  Map<String, ObjectNode> definitions() {
    return definitions;
  }

  /// The names `name`'s schema refers to, directly or not, itself included.
  List<String> closure(String name) {
    List<String> seen = new ArrayList<>();
    collect(name, seen);
    return seen;
  }

  private void collect(String name, List<String> seen) {
    if (seen.contains(name) || !definitions.containsKey(name)) {
      return;
    }
    seen.add(name);
    definitions.get(name).findValues("$ref").stream()
        .map(ref -> ref.asString().substring(REF_PREFIX.length()))
        .forEach(ref -> collect(ref, seen));
  }

  private String define(Class<?> model) {
    String name = model.getName();
    if (definitions.containsKey(name)) {
      return name;
    }
    ObjectNode schema = Json.object().put("type", "object");
    definitions.put(name, schema);
    ObjectNode properties = Json.object();
    for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        if (property == null || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        String key = property.value().isEmpty() ? field.getName() : property.value();
        properties.set(key, schema(field.getGenericType()));
      }
    }
    if (properties.isEmpty()) {
      schema.put("x-kubernetes-preserve-unknown-fields", true);
    } else {
      schema.set("properties", properties);
    }
    return name;
  }

  private ObjectNode schema(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        ObjectNode array = Json.object().put("type", "array");
        array.set("items", schema(args[0]));
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode map = Json.object().put("type", "object");
        map.set("additionalProperties", schema(args[1]));
        return map;
      }
      return schema(raw);
    }
    if (!(type instanceof Class<?> c)) {
      return anything();
    }
    if (c == String.class || c.isEnum() || STRING_TYPES.contains(c.getSimpleName())) {
      return Json.object().put("type", "string");
    }
    if (c == Integer.class || c == int.class || c == Short.class) {
      return Json.object().put("type", "integer").put("format", "int32");
    }
    if (c == Long.class || c == long.class) {
      return Json.object().put("type", "integer").put("format", "int64");
    }
    if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
      return Json.object().put("type", "number").put("format", "double");
    }
    if (c == Boolean.class || c == boolean.class) {
      return Json.object().put("type", "boolean");
    }
    if (c.getSimpleName().equals("IntOrString")) {
      return Json.object().put("type", "string").put("format", "int-or-string");
    }
    if (KubernetesResource.class.isAssignableFrom(c) && !c.isInterface() && !isAnyType(c)) {
      return Json.object().put("$ref", REF_PREFIX + define(c));
    }
    return anything();
  }

  private static boolean isAnyType(Class<?> c) {
    return c.getSimpleName().equals("AnyType") || c.getSimpleName().equals("RawExtension");
  }

  private static ObjectNode anything() {
    return Json.object().put("x-kubernetes-preserve-unknown-fields", true);
  }
}
