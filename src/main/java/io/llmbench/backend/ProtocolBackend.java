package io.llmbench.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.dataset.DatasetRow;
import java.io.UncheckedIOException;
import java.util.List;

/** A named endpoint speaking one {@link Protocol}. */
record ProtocolBackend(String name, String path, int defaultPort, Protocol protocol) implements Backend {
  @Override
  public String payload(DatasetRow row, RequestOptions options) {
    return serialize(protocol.body(row, options));
  }

  @Override
  public ParsedResponse parse(List<StreamEvent> events, long startNanos, int requestedOutputLen) {
    return ResponseParser.parse(protocol, events, startNanos, requestedOutputLen);
  }

  /** Compact Jackson output; the single place to swap in a Python-{@code json.dumps}-style writer. */
  private static String serialize(JsonNode body) {
    try {
      return Json.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain JSON values always serializes
    }
  }
}
