package io.llmbench.dataset;

import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.Tokenizer;
import java.util.function.UnaryOperator;

/** Prompts wrapped in the tokenizer's chat template. */
final class ChatPrompts {
  private ChatPrompts() {}

  /**
   * The tokenizer's chat template.
   *
   * @param neededBy the option or dataset that needs it, for the message when there is none
   */
  static ChatTemplate template(Tokenizer tokenizer, String neededBy) {
    return tokenizer.chatTemplate().orElseThrow(() -> new IllegalArgumentException(neededBy
        + " needs a chat template, but tokenizer '" + tokenizer.name() + "' has none: no"
        + " tokenizer_config.json with a chat_template (or chat_template.jinja) next to its"
        + " tokenizer.json"));
  }

  /**
   * SGLang's {@code --apply-chat-template}: the prompt as one user message with the generation
   * prompt, every occurrence of the BOS token string removed (the server adds BOS itself).
   */
  static UnaryOperator<String> sglang(ChatTemplate template) {
    return prompt -> {
      String text = template.renderUser(prompt);
      return template.bosToken().filter(bos -> !bos.isEmpty())
          .map(bos -> text.replace(bos, "")).orElse(text);
    };
  }
}
