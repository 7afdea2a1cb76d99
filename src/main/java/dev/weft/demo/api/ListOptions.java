package dev.weft.demo.api;

import java.util.ArrayList;
import java.util.List;

/// The query parameters of a list or watch, parsed and validated as kube-apiserver does
/// (`metav1.ListOptions` decoded from the URL, then `ValidateListOptions`):
///
/// - booleans (`watch`, `allowWatchBookmarks`, `sendInitialEvents`) follow apimachinery's
///   `Convert_Slice_string_To_bool`: `false` and `0` (any case) are false, every other value,
///   empty included, is true; so `watch=True`, `watch=1` and even `watch=maybe` start a watch;
/// - numbers (`limit`, `timeoutSeconds`) as Go's `strconv.ParseInt`: anything else is 400;
/// - `resourceVersionMatch` and `sendInitialEvents` combinations as the validation allows them
///   with the WatchList feature on (as in 1.32), else 422 Invalid on `ListOptions.meta.k8s.io`.
///
/// Immutable.
record ListOptions(
    boolean watch,
    String resourceVersion,
    String resourceVersionMatch,
    long limit,
    String continueToken,
    long timeoutSeconds,
    boolean allowWatchBookmarks,
    Boolean sendInitialEvents) {

  static final String EXACT = "Exact";
  static final String NOT_OLDER_THAN = "NotOlderThan";

  static ListOptions of(ApiPath path) {
    ListOptions options =
        new ListOptions(
            flag(path.param("watch")),
            orEmpty(path.param("resourceVersion")),
            orEmpty(path.param("resourceVersionMatch")),
            number(path.param("limit")),
            orEmpty(path.param("continue")),
            number(path.param("timeoutSeconds")),
            flag(path.param("allowWatchBookmarks")),
            path.param("sendInitialEvents") == null ? null : flag(path.param("sendInitialEvents")));
    options.validate();
    return options;
  }

  /// Whether a watch starts with the current state as ADDED events and then an end bookmark.
  boolean initialEvents() {
    return Boolean.TRUE.equals(sendInitialEvents);
  }

  /// apimachinery's query boolean: absent, `false` or `0` is false; anything else is true.
  static boolean flag(String value) {
    if (value == null) {
      return false;
    }
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    return !lower.equals("false") && !lower.equals("0");
  }

  private static long number(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new StoreException(
          400, "BadRequest", "strconv.ParseInt: parsing \"" + value + "\": invalid syntax");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private void validate() {
    List<String> errors = watch ? watchErrors() : listErrors();
    if (errors.isEmpty()) {
      return;
    }
    String joined = errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]";
    throw new StoreException(422, "Invalid", "ListOptions.meta.k8s.io \"\" is invalid: " + joined);
  }

  private List<String> listErrors() {
    List<String> errors = new ArrayList<>();
    if (!resourceVersionMatch.isEmpty()) {
      if (resourceVersion.isEmpty()) {
        errors.add(
            forbidden("resourceVersionMatch is forbidden unless resourceVersion is provided"));
      }
      if (!continueToken.isEmpty()) {
        errors.add(forbidden("resourceVersionMatch is forbidden when continue is provided"));
      }
      if (!resourceVersionMatch.equals(EXACT) && !resourceVersionMatch.equals(NOT_OLDER_THAN)) {
        errors.add(unsupported("\"Exact\", \"NotOlderThan\", \"\""));
      }
      if (resourceVersionMatch.equals(EXACT) && resourceVersion.equals("0")) {
        errors.add(
            forbidden("resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\""));
      }
    }
    if (sendInitialEvents != null) {
      errors.add("sendInitialEvents: Forbidden: sendInitialEvents is forbidden for list");
    }
    return errors;
  }

  private List<String> watchErrors() {
    List<String> errors = new ArrayList<>();
    if (sendInitialEvents != null && !resourceVersionMatch.equals(NOT_OLDER_THAN)) {
      errors.add(
          forbidden("sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"));
    }
    if (!resourceVersionMatch.isEmpty()) {
      if (sendInitialEvents == null) {
        errors.add(
            forbidden(
                "resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"));
      }
      if (!resourceVersionMatch.equals(NOT_OLDER_THAN)) {
        errors.add(unsupported("\"NotOlderThan\""));
      }
      if (!continueToken.isEmpty()) {
        errors.add(forbidden("resourceVersionMatch is forbidden when continue is provided"));
      }
    }
    return errors;
  }

  private static String forbidden(String detail) {
    return "resourceVersionMatch: Forbidden: " + detail;
  }

  private String unsupported(String supported) {
    return "resourceVersionMatch: Unsupported value: \""
        + resourceVersionMatch
        + "\": supported values: "
        + supported;
  }
}
