package dev.weft.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// List and watch options parsed and validated as kube-apiserver does.
class ListOptionsTest {
  @ParameterizedTest
  @CsvSource({
    "watch=true, true",
    "watch=True, true",
    "watch=1, true",
    "watch=t, true",
    "watch=maybe, true",
    "watch=, true",
    "watch=false, false",
    "watch=FALSE, false",
    "watch=0, false",
    "labelSelector=a, false"
  })
  void booleansAreReadAsApimachineryReadsThem(String query, boolean watch) {
    assertThat(path(query).watch()).isEqualTo(watch);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "resourceVersionMatch=Exact | resourceVersionMatch is forbidden unless resourceVersion is"
            + " provided",
        "resourceVersion=0&resourceVersionMatch=Exact | resourceVersionMatch \"exact\" is"
            + " forbidden for resourceVersion \"0\"",
        "resourceVersion=5&resourceVersionMatch=Newest | Unsupported value: \"Newest\": supported"
            + " values: \"Exact\", \"NotOlderThan\", \"\"",
        "sendInitialEvents=true | sendInitialEvents: Forbidden: sendInitialEvents is forbidden for"
            + " list",
        "watch=1&sendInitialEvents=true | sendInitialEvents requires setting resourceVersionMatch"
            + " to NotOlderThan",
        "watch=1&resourceVersionMatch=NotOlderThan | resourceVersionMatch is forbidden for watch"
            + " unless sendInitialEvents is provided",
        "watch=1&sendInitialEvents=1&resourceVersionMatch=Exact | Unsupported value: \"Exact\":"
            + " supported values: \"NotOlderThan\""
      })
  void badCombinationsAreInvalidListOptions(String query, String message) {
    assertThatThrownBy(() -> ListOptions.of(path(query)))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.code()).isEqualTo(422);
              assertThat(e.reason()).isEqualTo("Invalid");
              assertThat(e.getMessage())
                  .startsWith("ListOptions.meta.k8s.io \"\" is invalid: ")
                  .contains(message);
            });
  }

  @ParameterizedTest
  @CsvSource({"limit=x", "timeoutSeconds=1.5"})
  void numbersThatAreNotIntegersAreBadRequests(String query) {
    assertThatThrownBy(() -> ListOptions.of(path(query)))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> assertThat(e.getMessage()).startsWith("strconv.ParseInt: parsing"));
  }

  private static ApiPath path(String query) {
    return ApiPath.parse("/api/v1/namespaces/health/pods?" + query).orElseThrow();
  }
}
