package io.llmbench.mock;

/** The generation APIs the mock serves, by request path. */
enum Endpoint {
  CHAT("/v1/chat/completions"),
  COMPLETIONS("/v1/completions"),
  GENERATE("/generate");

  final String path;

  Endpoint(String path) {
    this.path = path;
  }

  /** The endpoint served at {@code path}, or null when it is not a generation path. */
  static Endpoint of(String path) {
    for (Endpoint e : values()) {
      if (e.path.equals(path)) return e;
    }
    return null;
  }
}
