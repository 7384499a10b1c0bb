package io.llmbench.tokenizer;

import java.util.List;
import java.util.Optional;

/**
 * Qwen's ChatML templates: {@code <|im_start|>role\ncontent<|im_end|>\n} per message, then {@code
 * <|im_start|>assistant\n}.
 *
 * @param name {@code Qwen2}, {@code Qwen2.5} or {@code Qwen3}
 * @param defaultSystem the system message rendered when the first message is not one (Qwen2 and
 *     Qwen2.5), or null (Qwen3)
 * @param reasoningHistory Qwen3's handling of assistant turns: reasoning ({@code <think>…</think>})
 *     is dropped before the last user query and re-wrapped after it
 * @param bosToken the config's {@code bos_token} (none for Qwen); the template does not use it
 */
record ChatMlTemplate(
    String name, String defaultSystem, boolean reasoningHistory, Optional<String> bosToken)
    implements ChatTemplate {
  private static final String THINK = "<think>";
  private static final String END_THINK = "</think>";
  private static final String TOOL_RESPONSE = "<tool_response>";
  private static final String END_TOOL_RESPONSE = "</tool_response>";

  @Override
  public String render(List<ChatMessage> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("no message to render");
    }
    StringBuilder out = new StringBuilder();
    if (defaultSystem != null && !messages.get(0).role().equals("system")) {
      turn(out, "system", defaultSystem);
    }
    int lastQuery = lastQuery(messages);
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage m = messages.get(i);
      if (reasoningHistory && m.role().equals("assistant")) {
        assistant(out, m.content(), i > lastQuery, i == messages.size() - 1);
      } else {
        turn(out, m.role(), m.content());
      }
    }
    return out.append("<|im_start|>assistant\n").toString();
  }

  private static void turn(StringBuilder out, String role, String content) {
    out.append("<|im_start|>").append(role).append('\n').append(content).append("<|im_end|>\n");
  }

  /** Qwen3: the last user message that is not a wrapped tool response (else the last message). */
  private static int lastQuery(List<ChatMessage> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      String c = messages.get(i).content();
      boolean toolResponse = c.startsWith(TOOL_RESPONSE) && c.endsWith(END_TOOL_RESPONSE);
      if (messages.get(i).role().equals("user") && !toolResponse) {
        return i;
      }
    }
    return messages.size() - 1;
  }

  /** Qwen3's assistant branch, with Python's split/strip semantics spelled out. */
  private static void assistant(
      StringBuilder out, String text, boolean afterQuery, boolean last) {
    String content = text;
    String reasoning = "";
    int end = text.indexOf(END_THINK);
    if (end >= 0) {
      content = stripLeading(text.substring(text.lastIndexOf(END_THINK) + END_THINK.length()));
      String before = stripTrailing(text.substring(0, end));
      int think = before.lastIndexOf(THINK);
      reasoning = stripLeading(think < 0 ? before : before.substring(think + THINK.length()));
    }
    out.append("<|im_start|>assistant\n");
    if (afterQuery && (last || !reasoning.isEmpty())) {
      out.append("<think>\n").append(stripTrailing(stripLeading(reasoning)))
          .append("\n</think>\n\n").append(stripLeading(content));
    } else {
      out.append(content);
    }
    out.append("<|im_end|>\n");
  }

  /** Python {@code s.lstrip('\n')}. */
  private static String stripLeading(String s) {
    int start = 0;
    while (start < s.length() && s.charAt(start) == '\n') {
      start++;
    }
    return s.substring(start);
  }

  /** Python {@code s.rstrip('\n')}. */
  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.substring(0, end);
  }
}
