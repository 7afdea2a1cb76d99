package dev.weft.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// One bad fabric file per row, each `src/test/resources/fabrics/minimal.yaml` with one mistake;
/// each must give exactly one problem, at that line and column, with that message and hint.
class BadFabricFilesTest {
  private static final Path BAD = Path.of("src/test/resources/fabrics/bad");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          empty                     | 1 | 1 | the file is empty | starts with 'apiVersion
          comments-only             | 1 | 1 | the file holds only comments | starts with
          not-yaml                  |21 | 9 | not valid YAML: expected ',' or ']', but got : \
          (while parsing a flow sequence that starts on line 20) | close the [ ]
          tab-indent                |11 | 1 | a tab character; YAML allows only spaces here \
          | indent with spaces
          not-a-mapping             | 1 | 1 | not a fabric file: expected a mapping of keys \
          (apiVersion, kind, metadata, ...), found a list | starts with 'apiVersion
          two-documents             |23 | 1 | a second YAML document; a fabric file holds one \
          | remove the '---' line
          undefined-alias           |20 |16 | not valid YAML: found undefined alias deps | anchor
          unknown-key               |11 | 5 | unknown key 'contxt' in zone 'gz-1' \
          | did you mean 'context'?
          unknown-top-key           | 9 | 1 | unknown key 'zone' in the fabric file \
          | did you mean 'zones'?
          unknown-gate              |24 | 5 | unknown key 'maxRestart' in canary.gates \
          | did you mean 'maxRestarts'?
          duplicate-key             |17 | 5 | duplicate key 'namespace' in zone 'sh-1' \
          (first on line 16) | keep one
          missing-required          |14 | 5 | zone 'sh-1' has no 'backend' | add 'backend:
          missing-gateway           | 1 | 1 | the fabric file has no 'gateway' | add 'gateway:'
          no-value                  |15 | 5 | 'context' in zone 'sh-1' has no value | give it a value
          no-zones                  | 9 | 8 | 'zones' is empty | list at least one zone
          list-expected             |20 |16 | 'dependsOn' in app 'web' must be a list, found \
          text 'api' | dependsOn: [app2, app3]
          mapping-expected          | 5 |10 | gateway must be a mapping of keys, found text 'edge' \
          | context, namespace, route
          text-expected             | 8 |10 | 'route' in gateway must be text, found a number (42) \
          | put it in quotes to make it text
          kubeconfig-not-text       | 3 |13 | 'kubeconfig' in the fabric file must be text, found \
          a list | single value
          wrong-api-version         | 1 |13 | 'apiVersion' is 'weft.dev/v1', expected \
          'weft.dev/v1alpha1' | write 'apiVersion: weft.dev/v1alpha1'
          wrong-kind                | 2 | 7 | 'kind' is 'Fabrik', expected 'Fabric' \
          | write 'kind: Fabric'
          duplicate-zone            |14 |11 | duplicate zone name 'gz-1' (first on line 10) | unique
          duplicate-app             |22 |11 | duplicate app name 'web' (first on line 19) | unique
          same-context              |15 |14 | zones 'gz-1' and 'sh-1' share context 'tke-gz-1' \
          (line 11) | its own kubeconfig context
          same-backend              |17 |14 | zones 'gz-1' and 'sh-1' share backend 'shop-gz-1' \
          (line 13) | its own backendRef
          unknown-dependency        |20 |22 | unknown app 'db' in dependsOn of app 'web' \
          | the apps are web, api
          misspelt-dependency       |20 |17 | unknown app 'apo' in dependsOn of app 'web' \
          | did you mean 'api'?
          cycle                     |22 |17 | dependency cycle: web → api → web \
          | remove one of these dependsOn entries
          self-dependency           |22 |17 | dependency cycle: api → api \
          | remove 'api' from its dependsOn
          region-unknown-zone       |23 |17 | unknown zone 'sh1' in region 'south' \
          | did you mean 'sh-1'?
          zone-region-unknown       |15 |13 | region 'esat' is not in regions \
          | did you mean 'east'?
          canary-unknown-zone       |23 |23 | unknown zone 'bj-1' in canary.order \
          | the zones are gz-1, sh-1
          canary-missing-zone       |23 |10 | zone 'sh-1' is missing from canary.order \
          | [gz-1, sh-1]
          canary-order-empty        |23 |10 | canary.order is empty | [gz-1, sh-1]
          canary-repeated-zone      |23 |23 | zone 'gz-1' appears twice in canary.order \
          | list each zone once
          zone-name-invalid         |14 |11 | zone name 'Sh_1' has upper-case letters \
          | DNS-1123 label
          app-name-invalid          |21 |11 | app name 'Api' has upper-case letters | e.g. 'api'
          fabric-name-too-long      | 4 | 9 | fabric name '\
          ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss' \
          is 64 characters long, over 63 | at most 63 characters
          namespace-invalid         |12 |16 | namespace 'Shop' has upper-case letters | e.g. 'shop'
          duration-no-unit          |24 |11 | soak 60 has no unit | soak: 60s
          duration-malformed        |24 |11 | soak '1m30' is not a duration | 1h30m
          deadline-before-soak      |25 |15 | deadline 10m is not longer than soak 15m, so no \
          canary could ever pass | longer than the soak
          soak-past-default-deadline | 24 | 11 | the default deadline 10m is not longer than \
          soak 15m, so no canary could ever pass | longer than the soak
          gate-without-value        |24 | 5 | 'deadline' in canary.gates has no value \
          | give it a value
          ratio-not-finite          |24 |20 | 'minReadyRatio' in canary.gates is .inf, not a finite \
          number | decimal number
          count-quoted              |24 |23 | 'maxWarningEvents' in canary.gates must be a whole \
          number, found text '3' | write the number without quotes
          ratio-out-of-range        |24 |20 | minReadyRatio 1.5 is outside 0 to 1 | from 0
          negative-count            |24 |18 | 'maxRestarts' in canary.gates must be a whole \
          number from 0 to 2147483647, found -1 | whole number
          count-not-whole           |24 |23 | 'maxWarningEvents' in canary.gates must be a whole \
          number, found a number (2.5) | maxWarningEvents: 1
          remote-address-without-zone | 22 | 20 | remoteAddress 'api.shop.example' does not \
          contain {zone} | {zone}
          remote-address-unknown-placeholder | 22 | 20 | unknown placeholder '{region}' in \
          remoteAddress | the only placeholder is {zone}
          """)
  void reportsTheMistake(String name, int line, int column, String message, String hint) {
    Path file = BAD.resolve(name + ".yaml");

    var result = new FabricReader().read(file);

    assertThat(result).isInstanceOf(FabricReadResult.Invalid.class);
    var errors = ((FabricReadResult.Invalid) result).errors();
    assertThat(errors).hasSize(1);
    FabricError error = errors.getFirst();
    assertThat(error.file()).isEqualTo(file);
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.line()).as("line").isEqualTo(line);
    assertThat(error.column()).as("column").isEqualTo(column);
    assertThat(error.hint()).contains(hint);
  }
}
