package dev.weft.demo.api;

/// A refused store operation, carrying the HTTP status and reason the API server answers with.
public final class StoreException extends RuntimeException {
  private final int code;
  private final String reason;
  private String continueToken = "";

  public StoreException(int code, String reason, String message) {
    super(message);
    this.code = code;
    this.reason = reason;
  }

  public int code() {
    return code;
  }

  public String reason() {
    return reason;
  }

  /// The continue token a 410 on a too-old page hands back to go on with, or `""`.
  public String continueToken() {
    return continueToken;
  }

  StoreException withContinue(String token) {
    this.continueToken = token;
    return this;
  }

  static StoreException notFound(ResourceType type, String name) {
    return new StoreException(
        404, "NotFound", type.plural() + "." + type.group() + " \"" + name + "\" not found");
  }
}
