package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.backend.Backend.Streaming;

/** OpenAI {@code POST /v1/embeddings} (spec §4.5): one JSON answer, nothing generated. */
final class Embeddings implements Protocol {
  /** Unlike the OpenAI-style generators, the LoRA override comes before the extra body, so the extra body wins. */
  @Override
  public ObjectNode body(RequestInput input, RequestOptions options) {
    ObjectNode body = Payloads.object();
    body.set("input", Payloads.prompt(input.row()));
    body.put("model", options.model());
    Payloads.loraOverride(body, input);
    Payloads.merge(body, options.extraBody());
    return body;
  }

  /**
   * Stricter than the reference, which counts any 200 JSON body: the body must hold the {@code data} list. Server
   * counts are not read, as there.
   */
  @Override
  public Chunk read(JsonNode object, boolean streamed) throws BadResponseException {
    if (!object.path("data").isArray()) {
      throw new BadResponseException("embeddings response has no data list");
    }
    return Chunk.text("");
  }

  @Override
  public Streaming streaming() {
    return Streaming.NEVER;
  }

  @Override
  public boolean embedding() {
    return true;
  }
}
