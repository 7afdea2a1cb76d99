package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/// A fabric8 informer item store that keeps only each object's key and resourceVersion: the
/// lean cache. The informer needs no more to relist (it diffs keys) and to skip no-op updates
/// (it compares resourceVersions); the fields Weft shows travel as records through the handler.
///
/// [#isFullState] is `false`, so fabric8 hands the handler the full object on every add instead
/// of re-reading it from this store later. Objects read back from the store are placeholders
/// holding only namespace, name and resourceVersion. Thread-safe.
public final class KeyOnlyStore<T extends HasMetadata> implements ItemStore<T> {
  private final Map<String, String> versions = new ConcurrentHashMap<>();
  private final Supplier<T> blank;

  public KeyOnlyStore(Supplier<T> blank) {
    this.blank = blank;
  }

  @Override
  public String getKey(T obj) {
    ObjectMeta meta = obj.getMetadata();
    return meta.getNamespace() == null
        ? meta.getName()
        : meta.getNamespace() + "/" + meta.getName();
  }

  @Override
  public T put(String key, T obj) {
    String version = obj.getMetadata().getResourceVersion();
    return placeholder(key, versions.put(key, version == null ? "" : version));
  }

  @Override
  public T remove(String key) {
    return placeholder(key, versions.remove(key));
  }

  @Override
  public Stream<String> keySet() {
    return versions.keySet().stream();
  }

  @Override
  public Stream<T> values() {
    return versions.entrySet().stream().map(e -> placeholder(e.getKey(), e.getValue()));
  }

  @Override
  public int size() {
    return versions.size();
  }

  @Override
  public T get(String key) {
    return placeholder(key, versions.get(key));
  }

  @Override
  public boolean isFullState() {
    return false;
  }

  private T placeholder(String key, String resourceVersion) {
    if (resourceVersion == null) {
      return null;
    }
    T obj = blank.get();
    ObjectMeta meta = new ObjectMeta();
    int slash = key.indexOf('/');
    meta.setNamespace(slash < 0 ? null : key.substring(0, slash));
    meta.setName(key.substring(slash + 1));
    meta.setResourceVersion(resourceVersion);
    obj.setMetadata(meta);
    return obj;
  }
}
