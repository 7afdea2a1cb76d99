package dev.weft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/// Weft's version, as Maven filtered it into `version.properties` at build time.
public final class Version implements IVersionProvider {
  /// The version string, e.g. `0.1.0`; `unknown` when run from unfiltered classes.
  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/weft/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "weft " + current(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
