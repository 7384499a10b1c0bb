package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenAI {@code POST /v1/completions} (spec §4.3).
 *
 * <p>Deliberate fix: {@code usage.completion_tokens} is taken from any chunk that carries it. The reference reads
 * it only from chunks with non-empty text, so the usual usage-only last chunk is missed and the output length
 * stays at the requested {@code max_tokens} (sglang issue #24254); it even fails the request on that chunk,
 * whose {@code choices} is empty.
 */
final class Completions implements Protocol {
  @Override
  public ObjectNode body(RequestInput input, RequestOptions options) {
    ObjectNode body = Payloads.object();
    body.put("model", options.model());
    body.set("prompt", Payloads.prompt(input.row()));
    body.put("best_of", 1);
    body.put("max_tokens", input.row().outputLen());
    body.put("stream", options.stream());
    Payloads.openAiDefaults(body, options);
    int logprobs = options.logprobs().completionsLogprobs();
    if (logprobs > 0) {
      body.put("logprobs", logprobs);
    }
    Payloads.openAiOverrides(body, input, options);
    Payloads.imageData(body, input.row());
    return Payloads.usageOption(body, options);
  }

  @Override
  public Chunk read(JsonNode object, boolean streamed) {
    return Chunk.withUsage(text(object), object);
  }

  /** {@code choices[0].text}, "" when absent (truss reads the same field). */
  static String text(JsonNode object) {
    return Json.text(object.path("choices").path(0).path("text"));
  }
}
