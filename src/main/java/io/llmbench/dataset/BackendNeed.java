package io.llmbench.dataset;

import java.util.List;

/**
 * What a dataset's requests need of the backend that sends them. A dataset declares what all its rows need before
 * anything is built ({@link Datasets#needs}); a row says what it needs once built ({@link DatasetRow#needs}), for
 * files whose rows differ (a {@code custom} row with an image, a {@code generated-shared-prefix} conversation).
 */
public enum BackendNeed {
  /** Generated text: not an embedding backend (bench_serving refuses those for image, mmmu and mooncake). */
  GENERATION("needs generated text", " (as bench_serving)"),
  /** A messages list: message rows and multi-turn conversations. */
  CHAT("sends message lists or multi-turn conversations", ""),
  /** Images, as image_url parts of a chat message or native {@code image_data}. */
  IMAGES("sends images", " (as bench_serving's image rows)"),
  /** Images as image_url parts of a chat message, the only way vLLM sends {@code random-mm}. */
  IMAGE_PARTS("sends images as image_url parts of a chat message", " (as vLLM's openai-chat)");

  private final String what;
  private final String precedent;

  BackendNeed(String what, String precedent) {
    this.what = what;
    this.precedent = precedent;
  }

  /** Why a backend is refused: "dataset image sends images; allowed values: a, b (as bench_serving's image rows)". */
  public String refusal(String datasetName, List<String> backendsThatCan) {
    return "dataset " + datasetName + " " + what + "; allowed values: " + String.join(", ", backendsThatCan)
        + precedent;
  }
}
