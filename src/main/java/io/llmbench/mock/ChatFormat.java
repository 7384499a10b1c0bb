package io.llmbench.mock;

/** OpenAI chat completions, shaped like vLLM / SGLang: role-only delta, content deltas, finish, usage. */
final class ChatFormat implements StreamFormat {
  private final Meta meta;
  private final boolean roleChunk;
  private final String chunkHead;

  ChatFormat(Meta meta, boolean roleChunk) {
    this.meta = meta;
    this.roleChunk = roleChunk;
    this.chunkHead = head("chat.completion.chunk");
  }

  private String head(String object) {
    return "{\"id\":" + ResponseFormat.quote("chatcmpl-" + meta.id()) + ",\"object\":\"" + object + "\",\"created\":"
        + meta.created() + ",\"model\":" + ResponseFormat.quote(meta.model()) + ",\"choices\":[";
  }

  private String chunk(String delta, String finishReason) {
    return chunkHead + "{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":" + finishReason
        + "}]}";
  }

  @Override
  public String opening() {
    return roleChunk ? chunk("{\"role\":\"assistant\",\"content\":\"\"}", "null") : null;
  }

  @Override
  public String content(String delta, CharSequence cumulative, int cumulativeTokens, boolean last) {
    return chunk("{\"content\":\"" + delta + "\"}", "null");
  }

  @Override
  public String finish() {
    return chunk("{}", "\"length\"");
  }

  @Override
  public String usage() {
    return meta.includeUsage() ? chunkHead + "],\"usage\":" + ResponseFormat.usageJson(meta) + "}" : null;
  }

  @Override
  public String whole(String text) {
    return head("chat.completion") + "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + text
        + "\"},\"logprobs\":null,\"finish_reason\":\"length\"}],\"usage\":" + ResponseFormat.usageJson(meta) + "}";
  }
}
