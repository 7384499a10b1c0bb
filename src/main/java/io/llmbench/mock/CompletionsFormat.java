package io.llmbench.mock;

/**
 * OpenAI (legacy) completions: {@code choices[0].text} per chunk, then finish, then usage when asked. Also Baseten
 * Truss's {@code /v1/models/model:predict}, whose models stream the same chunks.
 */
final class CompletionsFormat implements StreamFormat {
  private final Meta meta;
  private final String head;

  CompletionsFormat(Meta meta) {
    this.meta = meta;
    this.head = "{\"id\":" + ResponseFormat.quote("cmpl-" + meta.id()) + ",\"object\":\"text_completion\",\"created\":"
        + meta.created() + ",\"model\":" + ResponseFormat.quote(meta.model()) + ",\"choices\":[";
  }

  private String choice(String text, String finishReason) {
    return head + "{\"index\":0,\"text\":\"" + text + "\",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]";
  }

  @Override
  public String content(String delta, CharSequence cumulative, int cumulativeTokens, boolean last) {
    return choice(delta, "null") + "}";
  }

  @Override
  public String finish() {
    return choice("", "\"length\"") + "}";
  }

  @Override
  public String usage() {
    return meta.includeUsage() ? head + "],\"usage\":" + ResponseFormat.usageJson(meta) + "}" : null;
  }

  @Override
  public String whole(String text) {
    return choice(text, "\"length\"") + ",\"usage\":" + ResponseFormat.usageJson(meta) + "}";
  }
}
