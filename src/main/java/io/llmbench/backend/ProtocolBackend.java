package io.llmbench.backend;

import io.llmbench.report.PythonJson;
import java.util.List;

/** A named endpoint speaking one {@link Protocol}. */
record ProtocolBackend(String name, String path, int defaultPort, Protocol protocol, boolean sendsImages)
    implements Backend {
  @Override
  public Streaming streaming() {
    return protocol.streaming();
  }

  @Override
  public boolean sendsHeaders() {
    return protocol.sendsHeaders();
  }

  @Override
  public boolean isEmbedding() {
    return protocol.embedding();
  }

  @Override
  public boolean isChat() {
    return protocol.chat();
  }

  @Override
  public boolean supportsLora() {
    return protocol.usesLora();
  }

  /** Serialized as aiohttp's {@code json=} does, with Python's {@code json.dumps} defaults. */
  @Override
  public String payload(RequestInput input, RequestOptions options) {
    return PythonJson.dumps(protocol.body(input, input.effective(options)));
  }

  /** Embeddings generate nothing: their output length is 0, not the row's. */
  @Override
  public ParsedResponse parse(List<StreamEvent> events, long startNanos, int requestedOutputLen) {
    return ResponseParser.parse(protocol, events, startNanos, protocol.embedding() ? 0 : requestedOutputLen);
  }
}
