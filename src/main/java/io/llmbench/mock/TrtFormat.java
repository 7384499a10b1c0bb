package io.llmbench.mock;

/**
 * TensorRT-LLM behind Triton, {@code generate_stream}: one object per chunk carrying that chunk's text (a delta:
 * bench_serving appends every {@code text_output}), no finish event, no usage, and no {@code [DONE]}: the body just
 * ends. Triton names the ensemble model, not the request's.
 */
final class TrtFormat implements StreamFormat {
  private static final String HEAD =
      "{\"model_name\":\"ensemble\",\"model_version\":\"1\",\"sequence_end\":false,\"sequence_id\":0,\"text_output\":\"";

  private static String object(String text) {
    return HEAD + text + "\"}";
  }

  @Override
  public String content(String delta, CharSequence cumulative, int cumulativeTokens, boolean last) {
    return object(delta);
  }

  @Override
  public boolean sendsDone() {
    return false;
  }

  /** The same object with all the text (Triton's non-streaming {@code generate}; generate_stream always streams). */
  @Override
  public String whole(String text) {
    return object(text);
  }
}
