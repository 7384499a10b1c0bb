package io.llmbench.mock;

/**
 * OpenAI {@code /v1/embeddings}: one JSON body (never a stream) with a single small fixed vector, whatever the input.
 * Clients time the answer and discard it, so the vector's values do not matter; their size keeps the body small.
 */
final class EmbeddingsFormat implements ResponseFormat {
  /** Exact binary fractions, so every JSON reader prints them back unchanged. */
  private static final String VECTOR = "[0.5,-0.25,0.125,-0.0625,0.75,-0.375,0.1875,-0.03125]";

  private final Meta meta;

  EmbeddingsFormat(Meta meta) {
    this.meta = meta;
  }

  /** {@code text} is empty: an embedding generates nothing. */
  @Override
  public String whole(String text) {
    return "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":" + VECTOR
        + "}],\"model\":" + ResponseFormat.quote(meta.model()) + ",\"usage\":{\"prompt_tokens\":" + meta.promptTokens()
        + ",\"total_tokens\":" + meta.promptTokens() + "}}";
  }
}
