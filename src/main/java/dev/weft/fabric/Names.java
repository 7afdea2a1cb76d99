package dev.weft.fabric;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/// Kubernetes' naming rules (DNS-1123), as the API server applies them to the names a fabric
/// file carries. Each check says what is wrong, so the user need not read the RFC.
final class Names {
  static final String LABEL_RULE =
      "a DNS-1123 label: at most 63 characters, lower-case letters, digits and '-', "
          + "starting and ending with a letter or digit";
  static final String SUBDOMAIN_RULE =
      "a DNS-1123 subdomain: at most 253 characters, lower-case letters, digits, '-' and '.', "
          + "starting and ending with a letter or digit";

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private Names() {}

  /// What makes `name` no DNS-1123 label, or empty when it is one.
  static Optional<String> labelProblem(String name) {
    return problem(name, 63, LABEL, "-");
  }

  /// What makes `name` no DNS-1123 subdomain, or empty when it is one.
  static Optional<String> subdomainProblem(String name) {
    return problem(name, 253, SUBDOMAIN, "-.");
  }

  /// A nearby valid label, for the hint: `Gz_1` gives `gz-1`.
  static String suggestLabel(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.length() > 63 ? s.substring(0, 63).replaceAll("-+$", "") : s;
  }

  private static Optional<String> problem(String name, int max, Pattern rule, String marks) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (name.length() > max) {
      return Optional.of("is " + name.length() + " characters long, over " + max);
    }
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      return Optional.of("has upper-case letters");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && marks.indexOf(c) < 0) {
        return Optional.of("contains '" + c + "'");
      }
    }
    if (!rule.matcher(name).matches()) {
      return Optional.of("must start and end with a letter or digit");
    }
    return Optional.empty();
  }
}
