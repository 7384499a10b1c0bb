package io.llmbench.backend;

import io.llmbench.backend.Backends.Server;
import io.llmbench.backend.Backends.Trait;
import io.llmbench.python.PythonJson;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A row of the {@link Backends} table: a named endpoint of one {@link Server} speaking one {@link Protocol}, its
 * answers read by the run's {@link TimingRules}.
 */
record ProtocolBackend(String name, String path, int defaultPort, Server server, Protocol protocol, Set<Trait> traits,
    TimingRules timing) implements Backend {

  /** The same endpoint under another name (a vLLM name for it), port and timing rules. */
  ProtocolBackend as(String newName, TimingRules newTiming, int newPort) {
    return new ProtocolBackend(newName, path, newPort, server, protocol, traits, newTiming);
  }

  @Override
  public boolean sendsImages() {
    return traits.contains(Trait.IMAGES);
  }

  @Override
  public boolean acceptsTokenIds() {
    return traits.contains(Trait.TOKEN_IDS);
  }

  @Override
  public boolean asksCachedTokenDetails() {
    return traits.contains(Trait.CACHE_DETAILS_ON_REQUEST);
  }

  @Override
  public boolean retokenizesItl() {
    return traits.contains(Trait.RETOKENIZED_ITL);
  }

  @Override
  public boolean reportsCachedTokens() {
    return server.sglangReports();
  }

  @Override
  public boolean reportsAcceptLength() {
    return server.sglangReports();
  }

  @Override
  public List<String> readinessPaths() {
    return server.readinessPaths();
  }

  @Override
  public String cacheFlushPath(double timeoutSec) {
    return String.format(Locale.ROOT, server.cacheFlushFormat(), timeoutSec);
  }

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
    return ResponseParser.parse(protocol, timing, events, startNanos, protocol.embedding() ? 0 : requestedOutputLen);
  }
}
