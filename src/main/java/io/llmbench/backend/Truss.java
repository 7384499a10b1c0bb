package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Baseten Truss, {@code POST /v1/models/model:predict} (spec §4.7): a completions-like body with fixed defaults
 * and the extra body spread last, read like completions but without any server count (the output length is the
 * requested one). No LoRA, no logprobs.
 */
final class Truss implements Protocol {
  @Override
  public ObjectNode body(RequestInput input, RequestOptions options) {
    ObjectNode body = Payloads.object();
    body.put("model", options.model());
    body.set("prompt", Payloads.prompt(input.row()));
    body.put("temperature", 0.0);
    body.put("best_of", 1);
    body.put("max_tokens", input.row().outputLen());
    body.put("stream", options.stream());
    body.put("ignore_eos", options.ignoreEos());
    Payloads.merge(body, options.extraBody());
    return body;
  }

  @Override
  public Chunk read(JsonNode object, boolean streamed) {
    return Chunk.text(Completions.text(object));
  }

  @Override
  public boolean usesLora() {
    return false;
  }
}
