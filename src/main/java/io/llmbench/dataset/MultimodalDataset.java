package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SGLang's datasets whose rows carry images ({@code image}, {@code mmmu}; spec §5.6–5.7), and vLLM's {@code random-mm},
 * and what we deliberately do differently: SGLang runs the model's Hugging Face processor on each prompt, which we
 * cannot do generically.
 *
 * <ul>
 *   <li>{@code prompt_len} counts the text only ({@code tokenizer.encode(text)}), no chat template, no vision tokens:
 *       SGLang's {@code prompt_len} is the processor's count of text and vision tokens together. The server's own
 *       prompt-token count, when it reports one, is the one to trust.
 *   <li>Every backend gets the raw text: SGLang renders the processor's chat template (with its image placeholders)
 *       for the native {@code /generate} backends ({@code apply-chat-template} is forced on there), while chat
 *       backends get the raw text and the server templates it, as here. {@code apply-chat-template} is accepted,
 *       as the reference forces it, and changes nothing.
 * </ul>
 */
interface MultimodalDataset extends DatasetGenerator {
  /** Printed with the dataset's figures, so nobody reads {@code #Input tokens} as SGLang's. */
  String TEXT_ONLY = "#Input tokens count the prompt text only: no chat template, no vision tokens"
      + " (the model's processor is not run)";

  /** As SGLang, which asserts {@code --tokenize-prompt} off for these datasets. */
  @Override
  default Optional<String> textOnly() {
    return Optional.of(": its prompts are text with images");
  }

  @Override
  default Set<BackendNeed> needs(DatasetOptions options) {
    return Set.of(BackendNeed.IMAGES);
  }

  @Override
  default boolean usesChatTemplate() {
    return true;
  }

  /** A text row with its images, its prompt length counted on the text alone. */
  static DatasetRow row(String text, int outputLen, List<String> imageUrls, Tokenizer tokenizer) {
    return DatasetRow.ofText(text, tokenizer.encode(text, true).length, outputLen).withImages(imageUrls);
  }
}
