package dev.weft.demo.auth;

import dev.weft.demo.api.ApiCall;
import dev.weft.demo.api.ApiFaults;
import dev.weft.demo.api.ApiGate;
import dev.weft.demo.api.Json;
import dev.weft.demo.api.Protobuf;
import dev.weft.demo.api.ResourceType;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// One cluster's front door, in kube-apiserver's order: authenticate the bearer token (401
/// without a known one), authorize with RBAC (403 with Kubernetes' Forbidden body), answer the
/// self-subject reviews, let the dispatcher answer the rest, and write every request that
/// changes something, or tries to, to the audit log. The `errors ZONE 403 RESOURCE` fault
/// refuses here, after authentication, so its body names the real user and verb.
///
/// Thread-safe: called on the server's event loops; its parts are thread-safe.
public final class ClusterGate implements ApiGate {
  private final Tokens tokens;
  private final RbacAuthorizer rbac;
  private final Reviews reviews;
  private final AuditLog audit;
  private final ApiFaults faults;

  public ClusterGate(Tokens tokens, RbacAuthorizer rbac, AuditLog audit, ApiFaults faults) {
    this.tokens = tokens;
    this.rbac = rbac;
    this.reviews = new Reviews(rbac);
    this.audit = audit;
    this.faults = faults;
  }

  @Override
  public MockResponse serve(ApiCall call, Supplier<MockResponse> next) {
    Instant received = Instant.now();
    RequestAttributes request = RequestAttributes.of(call.method(), call.uri());
    Identity who = tokens.authenticate(call.header().apply("Authorization"));
    ObjectNode refusal = null;
    RbacAuthorizer.Decision decision = null;
    if (who == null) {
      refusal = Statuses.unauthorized();
    } else if ((refusal = impersonationRefused(who, call)) == null) {
      who = impersonated(who, call);
      decision = rbac.authorize(who, request);
      if (decision.allowed() && faulted(request)) {
        decision = new RbacAuthorizer.Decision(false, "weft demo: errors 403 scenario");
      }
      if (!decision.allowed()) {
        refusal = Statuses.forbidden(who, request);
      }
    }
    MockResponse response;
    Optional<ResourceType> review = review(request);
    if (refusal != null) {
      response = json(refusal.path("code").asInt(), refusal);
    } else if (review.isPresent()) {
      String type = call.header().apply("Content-Type");
      ObjectNode body =
          Protobuf.readable(type, review.get())
              ? Protobuf.decode(review.get(), call.body())
              : body(call);
      return json(201, reviews.answer(review.get(), who, body));
    } else {
      response = next.get();
    }
    if (request.mutating() && review.isEmpty()) {
      record(call, received, who, request, decision, response, refusal);
    }
    return response;
  }

  @Override
  public MockResponse refuse(ApiCall call) {
    RequestAttributes request = RequestAttributes.of(call.method(), call.uri());
    Identity who = tokens.authenticate(call.header().apply("Authorization"));
    if (who == null) {
      return json(401, Statuses.unauthorized());
    }
    ObjectNode impersonation = impersonationRefused(who, call);
    if (impersonation != null) {
      return json(impersonation.path("code").asInt(), impersonation);
    }
    who = impersonated(who, call);
    if (!rbac.authorize(who, request).allowed() || faulted(request)) {
      return json(403, Statuses.forbidden(who, request));
    }
    return null;
  }

  private void record(
      ApiCall call,
      Instant received,
      Identity who,
      RequestAttributes request,
      RbacAuthorizer.Decision decision,
      MockResponse response,
      ObjectNode refusal) {
    int code = response.code();
    JsonNode answer = refusal;
    if (answer == null && (code >= 400 || request.name().isEmpty())) {
      answer = parse(response.getBody() == null ? new byte[0] : response.getBody().getBytes());
    }
    RequestAttributes named = request;
    if (request.name().isEmpty() && request.verb().equals("create")) {
      String name = code < 300 ? Json.name(answer) : Json.name(body(call));
      named = request.withName(name);
    }
    String decided = decision == null ? null : decision.allowed() ? "allow" : "forbid";
    audit.record(
        new AuditLog.Entry(
            received,
            call.uri(),
            who,
            named,
            call.header().apply("User-Agent"),
            code,
            code >= 400 ? answer : null,
            decided,
            decision == null ? null : decision.reason()));
  }

  /// `kubectl --as USER [--as-group GROUP]`: kube-apiserver's impersonation filter lets the
  /// request act as USER when its sender may `impersonate` that user (and group), else refuses
  /// with 403. The demo ignored the headers: `kubectl auth can-i … --as=viewer` answered as the
  /// admin, and people check their RBAC that way. One group header is read.
  private ObjectNode impersonationRefused(Identity who, ApiCall call) {
    String user = call.header().apply("Impersonate-User");
    String group = call.header().apply("Impersonate-Group");
    if (user == null || user.isEmpty()) {
      return group == null
          ? null
          : Statuses.status(
              500,
              "InternalError",
              "Internal error occurred: requested [{Group  "
                  + group
                  + " }] without impersonating a user");
    }
    RequestAttributes asUser = impersonationOf(user);
    if (!rbac.authorize(who, asUser).allowed()) {
      return Statuses.forbidden(who, asUser);
    }
    if (group != null && !group.isEmpty()) {
      RequestAttributes asGroup =
          RequestAttributes.resource("impersonate", "", "groups", "", "", group);
      if (!rbac.authorize(who, asGroup).allowed()) {
        return Statuses.forbidden(who, asGroup);
      }
    }
    return null;
  }

  /// The identity a request acts as: its sender's, or the one it impersonates (allowed by then).
  private static Identity impersonated(Identity who, ApiCall call) {
    String user = call.header().apply("Impersonate-User");
    if (user == null || user.isEmpty()) {
      return who;
    }
    String group = call.header().apply("Impersonate-Group");
    java.util.List<String> groups = new java.util.ArrayList<>();
    if (group != null && !group.isEmpty()) {
      groups.add(group);
    } else if (serviceAccount(user) != null) {
      groups.addAll(
          java.util.List.of(
              "system:serviceaccounts", "system:serviceaccounts:" + serviceAccount(user)[0]));
    }
    if (!user.equals("system:anonymous") && !groups.contains(Identity.AUTHENTICATED)) {
      groups.add(Identity.AUTHENTICATED);
    }
    return new Identity(user, groups);
  }

  /// What impersonating `user` asks: `impersonate` on the user, or on the service account a
  /// `system:serviceaccount:NS:NAME` user is.
  private static RequestAttributes impersonationOf(String user) {
    String[] account = serviceAccount(user);
    return account != null
        ? RequestAttributes.resource(
            "impersonate", "", "serviceaccounts", "", account[0], account[1])
        : RequestAttributes.resource("impersonate", "", "users", "", "", user);
  }

  /// The namespace and name of a `system:serviceaccount:NS:NAME` user, or null for a person.
  private static String[] serviceAccount(String user) {
    String[] parts = user.split(":", 4);
    return user.startsWith("system:serviceaccount:") && parts.length == 4
        ? new String[] {parts[2], parts[3]}
        : null;
  }

  private boolean faulted(RequestAttributes request) {
    return faults.error() == ApiFaults.ErrorKind.FORBIDDEN
        && request.resourceRequest()
        && request.resource().equals(faults.forbiddenResource());
  }

  private static Optional<ResourceType> review(RequestAttributes request) {
    if (!request.resourceRequest() || !request.verb().equals("create")) {
      return Optional.empty();
    }
    return ResourceType.find(request.apiGroup(), request.apiVersion(), request.resource())
        .filter(ResourceType::isReview);
  }

  private static ObjectNode body(ApiCall call) {
    return parse(call.body());
  }

  private static ObjectNode parse(byte[] bytes) {
    try {
      JsonNode node = Json.MAPPER.readTree(bytes);
      return node instanceof ObjectNode object ? object : Json.object();
    } catch (RuntimeException notJson) {
      return Json.object();
    }
  }

  private static MockResponse json(int code, JsonNode body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(Json.bytes(body));
  }
}
