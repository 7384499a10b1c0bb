package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The rows {@code sharegpt} and {@code custom} build from a conversation's first two turns (reference §5.3, §5.4):
 * the prompt gets the suffix, then the chat template ({@code apply-chat-template}); its length is counted after
 * both; the output length is the completion's token count unless fixed; rows with fewer than 2 prompt or output
 * tokens, or longer than {@code sharegpt-context-len}, are dropped. One per generation (it caches encodings).
 */
final class ShareGptRows {
  static final OptionSpec<String> PROMPT_SUFFIX = OptionSpec.string("prompt-suffix", "",
      "sharegpt, custom: text added before a trailing Assistant:");
  static final OptionSpec<Integer> CONTEXT_LEN = OptionSpec.optionalInteger("sharegpt-context-len", 2,
      Integer.MAX_VALUE, "drops longer rows (sharegpt, custom, longbench_v2); null: no limit");
  static final List<OptionSpec<?>> OPTIONS = List.of(PROMPT_SUFFIX, CONTEXT_LEN);
  private static final String ASSISTANT = "Assistant:";
  // The reference rejects smaller fixed output lengths.
  private static final int MIN_FIXED_OUTPUT_LEN = 4;

  private final DatasetOptions options;
  private final UnaryOperator<String> template;
  private final EncodeCache cache;

  ShareGptRows(DatasetOptions options, Tokenizer tokenizer) {
    this.options = options;
    this.template = options.applyChatTemplate()
        ? ChatPrompts.sglang(ChatPrompts.template(tokenizer, "apply-chat-template"))
        : UnaryOperator.identity();
    this.cache = new EncodeCache(tokenizer);
  }

  /** What {@code dataset-path} must name, {@code file}, with the download note both datasets share. */
  static Optional<String> requiredFile(String file) {
    return Optional.of(file + " (nothing is downloaded unless dataset-download.enabled = true)");
  }

  /** The option both datasets refuse: a fixed output length below 4. */
  static void validate(DatasetOptions o) {
    if (o.sharegptOutputLen() != null && o.sharegptOutputLen() < MIN_FIXED_OUTPUT_LEN) {
      throw new IllegalArgumentException("sharegpt-output-len must be at least "
          + MIN_FIXED_OUTPUT_LEN + ", got " + o.sharegptOutputLen());
    }
  }

  /** The text row of a (prompt, completion) pair, or empty when the filters drop it. */
  Optional<DatasetRow> text(String prompt, String completion) {
    String text = template.apply(withSuffix(prompt, options.promptSuffix()));
    return row(text, completion);
  }

  /**
   * The row of a pair with an image ({@code custom}): the suffix but no chat template (the reference hands such
   * prompts to its multimodal row builder instead), the same lengths and filters; the prompt length counts the
   * text only.
   */
  Optional<DatasetRow> image(String prompt, String completion, String dataUrl) {
    return row(withSuffix(prompt, options.promptSuffix()), completion)
        .map(r -> r.withImages(List.of(dataUrl)));
  }

  private Optional<DatasetRow> row(String prompt, String completion) {
    int promptLen = cache.encode(prompt).length;
    int outputLen = options.sharegptOutputLen() != null
        ? options.sharegptOutputLen() : cache.encode(completion).length;
    boolean tooShort = promptLen < 2 || outputLen < 2;
    boolean tooLong = options.sharegptContextLen() != null
        && promptLen + outputLen > options.sharegptContextLen();
    return tooShort || tooLong ? Optional.empty() : Optional.of(DatasetRow.ofText(prompt, promptLen, outputLen));
  }

  /** A trailing "Assistant:" is moved after the suffix, so the prompt still ends with it. */
  static String withSuffix(String prompt, String suffix) {
    if (suffix.isEmpty()) {
      return prompt;
    }
    String body = prompt.endsWith(ASSISTANT)
        ? prompt.substring(0, prompt.length() - ASSISTANT.length()) : prompt;
    return body + suffix + ASSISTANT;
  }
}
