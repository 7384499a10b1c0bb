package io.llmbench.tokenizer;

import java.util.List;
import java.util.Optional;

/**
 * The Llama-3 template of Meta-Llama-3-*-Instruct: the BOS token, then per message {@code
 * <|start_header_id|>role<|end_header_id|>\n\n} + the content with surrounding whitespace removed
 * (Jinja's {@code trim}) + {@code <|eot_id|>}, then the assistant header.
 *
 * @param bosToken the config's {@code bos_token}, rendered first; empty renders as nothing, as an
 *     undefined Jinja variable does
 */
record Llama3Template(Optional<String> bosToken) implements ChatTemplate {

  @Override
  public String name() {
    return "Llama-3";
  }

  @Override
  public String render(List<ChatMessage> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("no message to render");
    }
    StringBuilder out = new StringBuilder(bosToken.orElse(""));
    for (ChatMessage m : messages) {
      out.append("<|start_header_id|>").append(m.role()).append("<|end_header_id|>\n\n")
          .append(pythonStrip(m.content())).append("<|eot_id|>");
    }
    return out.append("<|start_header_id|>assistant<|end_header_id|>\n\n").toString();
  }

  /** Python's {@code str.strip()}: Java's whitespace plus the no-break spaces and NEL. */
  static String pythonStrip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPythonSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }
}
