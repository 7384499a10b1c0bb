package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.dataset.DatasetRow;

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
  public ObjectNode body(DatasetRow row, RequestOptions options) {
    ObjectNode head = Payloads.object();
    head.put("model", options.model());
    head.set("prompt", Payloads.prompt(row));
    head.put("best_of", 1);
    head.put("max_tokens", row.outputLen());
    head.put("stream", options.stream());
    return Payloads.openAi(head, options);
  }

  @Override
  public TextMode textMode() {
    return TextMode.INCREMENTAL;
  }

  @Override
  public Chunk read(JsonNode object, boolean streamed) {
    return Chunk.withUsage(Json.text(object.path("choices").path(0).path("text")), object);
  }
}
