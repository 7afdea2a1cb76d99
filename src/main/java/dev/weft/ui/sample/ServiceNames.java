package dev.weft.ui.sample;

import java.util.ArrayList;
import java.util.List;

/// Plausible micro-service names for large sample fabrics. Thread-safe.
final class ServiceNames {
  private static final List<String> NAMES =
      List.of(
          "web-bff",
          "mobile-bff",
          "partner-api",
          "admin-ui",
          "search-ui",
          "checkout",
          "cart",
          "catalog",
          "search",
          "accounts",
          "auth",
          "orders",
          "payments",
          "pricing",
          "promotions",
          "reviews",
          "recommend",
          "wishlist",
          "shipping",
          "tax",
          "inventory",
          "fraud",
          "loyalty",
          "notify",
          "media",
          "profile",
          "session",
          "ledger",
          "invoices",
          "refunds",
          "returns",
          "warehouse",
          "carriers",
          "geo",
          "currency",
          "rates",
          "ratings",
          "audit",
          "rules",
          "features",
          "mailer",
          "sms",
          "push",
          "images",
          "thumbs",
          "cache",
          "queue",
          "store",
          "blob",
          "kv-store");

  private ServiceNames() {}

  static List<String> first(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(i < NAMES.size() ? NAMES.get(i) : "svc-" + (i + 1));
    }
    return names;
  }
}
