package io.llmbench.mock;

/**
 * SGLang native {@code /generate}: every chunk carries the CUMULATIVE text and completion_tokens; the last content
 * chunk carries the finish reason, and there is no usage chunk.
 */
final class GenerateFormat implements StreamFormat {
  private final Meta meta;
  private final String metaHead;

  GenerateFormat(Meta meta) {
    this.meta = meta;
    this.metaHead = "\"meta_info\":{\"id\":" + ResponseFormat.quote(meta.id()) + ",\"finish_reason\":";
  }

  private String chunk(CharSequence text, int completionTokens, boolean last) {
    String finishReason = last ? "{\"type\":\"length\",\"length\":" + meta.completionTokens() + "}" : "null";
    return "{\"text\":\"" + text + "\"," + metaHead + finishReason + ",\"prompt_tokens\":" + meta.promptTokens()
        + ",\"completion_tokens\":" + completionTokens + ",\"cached_tokens\":0}}";
  }

  @Override
  public String content(String delta, CharSequence cumulative, int cumulativeTokens, boolean last) {
    return chunk(cumulative, cumulativeTokens, last);
  }

  @Override
  public String whole(String text) {
    return chunk(text, meta.completionTokens(), true);
  }
}
