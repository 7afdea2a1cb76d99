package dev.weft;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/// The jar's entry point: checks that the JVM is Java 25 or later before any of Weft's classes
/// (compiled for 25) is loaded, so that an older `java -jar weft.jar` says what to do instead of
/// throwing `UnsupportedClassVersionError`. Compiled for Java 8 (its own compiler execution in the
/// pom) so that every JVM still in use can run it. Runs on the main thread, once.
public final class Launcher {
  static final int NEEDED = 25;

  /// Set on the JVM that runs with the AOT cache (or trains it, or must not use one), so it
  /// does not start another.
  static final String AOT_PROPERTY = "weft.aot";

  /// The AOT cache's file name, beside the jar (`target/weft.aot`, the packages' app folder).
  static final String AOT_FILE = "weft.aot";

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    int running = feature(System.getProperty("java.specification.version"));
    if (running < NEEDED) {
      System.err.println(tooOld(running, System.getProperty("java.home")));
      System.exit(2);
      return;
    }
    File cache = aotCache();
    if (cache != null) {
      Integer code = relaunch(cache, args);
      if (code != null) {
        System.exit(code);
        return;
      }
    }
    try {
      Class.forName("dev.weft.Main")
          .getMethod("main", String[].class)
          .invoke(null, new Object[] {args});
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /// The AOT cache beside the jar when this JVM should start Weft on it: none was asked for
  /// (`-Dweft.aot`), `WEFT_AOT` is not `off`, and the cache is not older than the jar (a jar
  /// rebuilt without its cache would be refused by the JVM anyway). Otherwise `null`.
  static File aotCache() {
    if (System.getProperty(AOT_PROPERTY) != null || "off".equals(System.getenv("WEFT_AOT"))) {
      return null;
    }
    String jar = jarPath();
    File jarFile = new File(jar);
    if (!jarFile.isFile()) {
      return null;
    }
    File cache = new File(jarFile.getParentFile(), AOT_FILE);
    return cache.isFile() && cache.lastModified() >= jarFile.lastModified() ? cache : null;
  }

  /// Runs Weft in a child JVM started with the AOT cache (JDK 25: classes loaded and linked,
  /// method profiles from a training run), this JVM's options and the same standard streams;
  /// returns its exit code, or `null` when it could not be started (Weft then runs here).
  /// A cache the JVM refuses (another JDK build, another jar) only costs the cache's benefit:
  /// the JVM starts without it, and its complaint is not logged.
  static Integer relaunch(File cache, String[] args) {
    List<String> command = new ArrayList<String>();
    command.add(new File(new File(System.getProperty("java.home"), "bin"), "java").getPath());
    command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-XX:AOTCache=" + cache.getAbsolutePath());
    command.add("-Xlog:aot=off");
    command.add("-Xlog:cds=off");
    command.add("-D" + AOT_PROPERTY + "=" + cache.getAbsolutePath());
    command.add("-jar");
    command.add(jarPath());
    command.addAll(java.util.Arrays.asList(args));
    final Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      return null;
    }
    // Ctrl-C reaches both JVMs; a plain `kill` of this one must not leave Weft running alone.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                new Runnable() {
                  @Override
                  public void run() {
                    child.destroy();
                    try {
                      child.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                }));
    while (true) {
      try {
        return child.waitFor();
      } catch (InterruptedException e) {
        // keep waiting: the child decides when Weft ends
      }
    }
  }

  /// "Weft needs Java 25 or later; this is Java 17 (/usr/lib/jvm/…)", then what to run.
  static String tooOld(int running, String javaHome) {
    StringBuilder text =
        new StringBuilder("Weft needs Java ")
            .append(NEEDED)
            .append(" or later; this is Java ")
            .append(running)
            .append(" (")
            .append(javaHome)
            .append(").");
    String jar = jarPath();
    List<File> found = jdks();
    if (found.isEmpty()) {
      text.append("\nInstall a JDK ")
          .append(NEEDED)
          .append(" (e.g. Eclipse Temurin ")
          .append(NEEDED)
          .append(") and run this jar with its java.");
    } else {
      File java = new File(new File(found.get(0), "bin"), "java");
      text.append("\nA JDK ")
          .append(NEEDED)
          .append(" is at ")
          .append(found.get(0))
          .append("; run Weft with it:\n  alias weft=\"")
          .append(java)
          .append(" -jar ")
          .append(jar)
          .append('"');
    }
    return text.toString();
  }

  /// 8 for "1.8", 17 for "17".
  static int feature(String specification) {
    String v = specification == null ? "0" : specification;
    if (v.startsWith("1.")) {
      v = v.substring(2);
    }
    int dot = v.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String jarPath() {
    try {
      return new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getAbsolutePath();
    } catch (Exception e) {
      return "weft.jar";
    }
  }

  /// JDKs of version 25 or later in the places the build looks too (the pom's enforcer rule).
  static List<File> jdks() {
    List<File> candidates = new ArrayList<File>();
    for (Map.Entry<String, String> e : System.getenv().entrySet()) {
      if (e.getKey().matches("JAVA(\\d+)?_HOME")) {
        candidates.add(new File(e.getValue()));
      }
    }
    String home = System.getProperty("user.home");
    String[] roots = {
      "/usr/lib/jvm", "/usr/java", "/opt/java", home + "/.sdkman/candidates/java", home + "/.jdks",
      "C:/Program Files/Eclipse Adoptium", "C:/Program Files/Java", "C:/Program Files/Microsoft"
    };
    for (String root : roots) {
      addChildren(candidates, new File(root), "");
    }
    addChildren(candidates, new File("/Library/Java/JavaVirtualMachines"), "Contents/Home");
    List<File> found = new ArrayList<File>();
    for (File candidate : candidates) {
      if (feature(releaseVersion(candidate)) >= NEEDED && !found.contains(candidate)) {
        found.add(candidate);
      }
    }
    return found;
  }

  private static void addChildren(List<File> to, File dir, String suffix) {
    File[] children = dir.listFiles();
    if (children != null) {
      java.util.Arrays.sort(children);
      for (File child : children) {
        to.add(suffix.isEmpty() ? child : new File(child, suffix));
      }
    }
  }

  /// JAVA_VERSION of a JDK's `release` file, or null.
  private static String releaseVersion(File jdk) {
    File release = new File(jdk, "release");
    if (!release.isFile() || !new File(new File(jdk, "bin"), "java").exists()
        && !new File(new File(jdk, "bin"), "java.exe").exists()) {
      return null;
    }
    Properties p = new Properties();
    try {
      InputStream in = new FileInputStream(release);
      try {
        p.load(in);
      } finally {
        in.close();
      }
    } catch (IOException e) {
      return null;
    }
    String v = p.getProperty("JAVA_VERSION");
    return v == null ? null : v.replace("\"", "");
  }
}
