package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code sharegpt} (reference §5.3): real (prompt, completion) pairs; output length is the
 * completion's token count unless fixed. The prompt gets the suffix, then the chat template
 * ({@code apply-chat-template}); its length is counted after both. May return fewer rows than
 * asked.
 */
final class ShareGptDataset implements DatasetGenerator {
  private static final String ASSISTANT = "Assistant:";
  // The reference rejects smaller fixed output lengths.
  private static final int MIN_FIXED_OUTPUT_LEN = 4;

  @Override
  public void validate(DatasetOptions o) {
    if (o.datasetPath() == null) {
      throw new IllegalArgumentException("dataset-name sharegpt needs dataset-path: a ShareGPT"
          + " JSON file such as ShareGPT_V3_unfiltered_cleaned_split.json (nothing is downloaded)");
    }
    if (o.sharegptOutputLen() != null && o.sharegptOutputLen() < MIN_FIXED_OUTPUT_LEN) {
      throw new IllegalArgumentException("sharegpt-output-len must be at least "
          + MIN_FIXED_OUTPUT_LEN + ", got " + o.sharegptOutputLen());
    }
    if (o.tokenizePrompt()) {
      throw new IllegalArgumentException(
          "tokenize-prompt is not allowed with dataset-name sharegpt");
    }
  }

  @Override
  public boolean usesChatTemplate() {
    return true;
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    UnaryOperator<String> template = o.applyChatTemplate()
        ? ChatPrompts.sglang(ChatPrompts.template(tokenizer, "apply-chat-template"))
        : UnaryOperator.identity();
    List<ShareGptFile.Pair> pairs = rngs.shuffled(ShareGptFile.load(o.datasetPath()));
    EncodeCache cache = new EncodeCache(tokenizer);
    List<DatasetRow> rows = new ArrayList<>(Math.min(o.numPrompts(), pairs.size()));
    for (ShareGptFile.Pair pair : pairs) {
      if (rows.size() == o.numPrompts()) {
        break;
      }
      String prompt = template.apply(withSuffix(pair.prompt(), o.promptSuffix()));
      int promptLen = cache.encode(prompt).length;
      int outputLen = o.sharegptOutputLen() != null
          ? o.sharegptOutputLen() : cache.encode(pair.completion()).length;
      boolean tooShort = promptLen < 2 || outputLen < 2;
      boolean tooLong = o.sharegptContextLen() != null
          && promptLen + outputLen > o.sharegptContextLen();
      if (!tooShort && !tooLong) {
        rows.add(DatasetRow.ofText(prompt, promptLen, outputLen));
      }
    }
    return Workload.of(rows);
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
