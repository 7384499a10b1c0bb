package io.llmbench.tokenizer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A model's chat template, rendered as {@code transformers}' {@code apply_chat_template(messages,
 * tokenize=False, add_generation_prompt=True)} renders it, for plain-text messages.
 *
 * <p>There is no Jinja engine here: the template families benchmarks use are hand-coded, and a
 * template is recognised by its exact text (see {@link #find}), so an unknown or edited template is
 * an error rather than a render that may differ from the server's.
 */
public sealed interface ChatTemplate permits ChatMlTemplate, Llama3Template {

  /**
   * The chat template of the tokenizer in {@code folder}: the text of {@code chat_template.jinja}
   * if present (it takes precedence in transformers), else {@code chat_template} of {@code
   * tokenizer_config.json}; the special tokens come from {@code tokenizer_config.json}.
   *
   * <p>Recognised templates, by their exact text (whitespace that Jinja strips around {@code -}
   * tag modifiers aside): Qwen2-Instruct, Qwen2.5-Instruct and Qwen3 (ChatML), and
   * Meta-Llama-3-Instruct. Meta's Llama-3.1/3.2/3.3 template (date and tools header) is not.
   *
   * @return empty when the folder has neither file or the config has no {@code chat_template}
   * @throws IllegalArgumentException naming the file when it is malformed or its template is not
   *     one of the recognised ones
   */
  static Optional<ChatTemplate> find(Path folder) {
    return ChatTemplateFiles.find(folder);
  }

  /** The family and version, e.g. {@code Qwen3} or {@code Llama-3}. */
  String name();

  /** The config's {@code bos_token}, e.g. {@code <|begin_of_text|>}; empty for Qwen. */
  Optional<String> bosToken();

  /**
   * The conversation followed by the generation prompt (the assistant header).
   *
   * @param messages at least one
   */
  String render(List<ChatMessage> messages);

  /** {@link #render} of one user message, as the benchmark clients wrap a prompt. */
  default String renderUser(String content) {
    return render(List.of(ChatMessage.user(content)));
  }
}
