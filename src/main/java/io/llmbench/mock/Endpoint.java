package io.llmbench.mock;

import com.fasterxml.jackson.databind.JsonNode;

/** The generation APIs the mock serves, by request path (embeddings count as generation: one timed answer each). */
enum Endpoint {
  CHAT("/v1/chat/completions"),
  COMPLETIONS("/v1/completions"),
  GENERATE("/generate"),
  /** TensorRT-LLM behind Triton: the ensemble's streaming endpoint. */
  TRT("/v2/models/ensemble/generate_stream"),
  /** Baseten Truss: OpenAI completions behind the model's predict route. */
  TRUSS("/v1/models/model:predict"),
  EMBEDDINGS("/v1/embeddings");

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

  /** Whether the answer is an SSE stream: Triton's generate_stream always is, embeddings never; else the body says. */
  boolean streams(JsonNode body) {
    return switch (this) {
      case TRT -> true;
      case EMBEDDINGS -> false;
      default -> body.path("stream").asBoolean(false);
    };
  }

  /** Embeddings generate no tokens: one answer carrying none. */
  boolean generates() {
    return this != EMBEDDINGS;
  }
}
