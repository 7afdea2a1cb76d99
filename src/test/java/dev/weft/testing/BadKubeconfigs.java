package dev.weft.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/// A kubeconfig of broken and hostile contexts, one per way a person's kubeconfig goes wrong,
/// with planted secrets (a token, a private key, a certificate) that must never be printed.
public final class BadKubeconfigs {
  public static final String TOKEN = "planted-token-7c1e9b44d2";
  public static final String KEY_MARK = "PLANTEDPRIVATEKEYb64x9";
  public static final String CERT_MARK = "PLANTEDCERTIFICATEq7w3";
  public static final String PASSWORD = "planted-password-3f81a0";
  public static final String KEY_DATA =
      b64("-----BEGIN RSA PRIVATE KEY-----\n" + KEY_MARK + "\n-----END RSA PRIVATE KEY-----\n");
  public static final String CERT_DATA =
      b64("-----BEGIN CERTIFICATE-----\n" + CERT_MARK + "\n-----END CERTIFICATE-----\n");

  private BadKubeconfigs() {}

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /// Every secret planted, in every form it is written in.
  public static String[] secrets() {
    return new String[] {TOKEN, KEY_MARK, CERT_MARK, KEY_DATA, CERT_DATA, PASSWORD};
  }

  /// An executable shell script in `dir`.
  public static Path script(Path dir, String name, String body) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, "#!/bin/sh\n" + body + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /// Context name → the YAML of its cluster and user (`cluster:` and `user:` maps, indented
  /// by 4). `plainHttp` is a loopback address (host:port, no scheme) of a plain-HTTP listener.
  public static Map<String, String[]> contexts(Path dir, String plainHttp) {
    Path failing =
        script(dir, "failing-plugin", "echo " + TOKEN + "; echo " + TOKEN + " >&2; exit 3");
    Map<String, String[]> c = new LinkedHashMap<>();
    c.put(
        "schemeless",
        new String[] {
          "server: " + plainHttp + "\n    certificate-authority-data: " + CERT_DATA,
          "token: " + TOKEN
        });
    c.put("no-user", new String[] {"server: https://127.0.0.1:1", null});
    c.put("no-cluster", null);
    c.put(
        "token-file-missing",
        new String[] {"server: https://127.0.0.1:1", "tokenFile: " + dir.resolve("nope")});
    c.put(
        "token-file-dir",
        new String[] {"server: https://127.0.0.1:1", "tokenFile: " + dir.toAbsolutePath()});
    c.put(
        "exec-fails",
        new String[] {
          "server: https://127.0.0.1:1",
          "exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: " + failing
        });
    c.put(
        "exec-missing",
        new String[] {
          "server: https://127.0.0.1:1",
          "exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
              + "      command: weft-no-such-plugin"
        });
    c.put("port-65536", new String[] {"server: https://127.0.0.1:65536", "token: " + TOKEN});
    c.put("port-99999", new String[] {"server: 127.0.0.1:99999", "token: " + TOKEN});
    c.put(
        "password-in-url",
        new String[] {"server: https://admin:" + PASSWORD + "@127.0.0.1:99999", "token: " + TOKEN});
    c.put(
        "bad-key",
        new String[] {
          "server: https://127.0.0.1:1\n    certificate-authority-data: " + CERT_DATA,
          "client-certificate-data: " + CERT_DATA + "\n    client-key-data: " + KEY_DATA
        });
    return c;
  }

  /// Writes `contexts` as one kubeconfig: context `x` uses cluster `c-x` and user `u-x`; a null
  /// entry names a cluster no file defines, a null user names a user no file defines.
  public static Path write(Path file, Map<String, String[]> contexts) {
    StringBuilder clusters = new StringBuilder("clusters:\n");
    StringBuilder users = new StringBuilder("users:\n");
    StringBuilder ctx = new StringBuilder("contexts:\n");
    contexts.forEach(
        (name, parts) -> {
          ctx.append(
              "- name: %s\n  context:\n    cluster: c-%s\n    user: u-%s\n"
                  .formatted(name, name, name));
          if (parts == null) {
            return;
          }
          clusters.append("- name: c-%s\n  cluster:\n    %s\n".formatted(name, parts[0]));
          if (parts[1] != null) {
            users.append("- name: u-%s\n  user:\n    %s\n".formatted(name, parts[1]));
          }
        });
    try {
      Files.writeString(file, "apiVersion: v1\nkind: Config\n" + clusters + users + ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
