package io.llmbench.tokenizer;

import java.util.Objects;
import java.util.Set;

/**
 * One plain-text message of a conversation.
 *
 * @param role {@code system}, {@code user} or {@code assistant}: tool messages and tool calls need
 *     the templates' tool branches, which {@link ChatTemplate} does not render
 * @param content the text, as is
 */
public record ChatMessage(String role, String content) {
  private static final Set<String> ROLES = Set.of("system", "user", "assistant");

  public ChatMessage {
    Objects.requireNonNull(content, "content");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException(
          "chat message role must be system, user or assistant, got " + role);
    }
  }

  public static ChatMessage user(String content) {
    return new ChatMessage("user", content);
  }
}
