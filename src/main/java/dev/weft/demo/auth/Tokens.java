package dev.weft.demo.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/// One cluster's bearer tokens: which token is whose. Tokens are random and differ per cluster,
/// as they would between real clusters. Immutable after construction; thread-safe.
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Identity> byToken = new LinkedHashMap<>();
  private final Map<String, String> byUser = new LinkedHashMap<>();

  /// @param previous tokens of an earlier run by user name, kept where present
  public Tokens(Map<String, String> previous) {
    for (String user : DemoUsers.PEOPLE) {
      add(DemoUsers.identity(user), previous.get(user));
    }
    add(DemoUsers.GITOPS, previous.get(DemoUsers.GITOPS.username()));
  }

  /// The identity a `Authorization` header proves, or null for a missing or unknown token.
  public Identity authenticate(String authorization) {
    if (authorization == null || authorization.length() < 8) {
      return null;
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return byToken.get(authorization.substring(7).trim());
  }

  /// The token of a user name (`admin`, or a service account's full name).
  public String tokenOf(String username) {
    String token = byUser.get(username);
    if (token == null) {
      throw new IllegalArgumentException("no demo token for user " + username);
    }
    return token;
  }

  /// Every token by user name, to keep for the next run.
  public Map<String, String> byUser() {
    return Map.copyOf(byUser);
  }

  private void add(Identity identity, String previous) {
    String token = previous != null && previous.matches("[A-Za-z0-9_-]{32,}") ? previous : fresh();
    byToken.put(token, identity);
    byUser.put(identity.username(), token);
  }

  private static String fresh() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
