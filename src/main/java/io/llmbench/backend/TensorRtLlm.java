package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.backend.Backend.Streaming;

/**
 * TensorRT-LLM behind Triton, {@code POST /v2/models/ensemble/generate_stream} (spec §4.6). Always streams, ends
 * without {@code [DONE]}, and every line is one chunk of {@code text_output}; the output length is always the
 * requested one. No LoRA, no logprobs.
 */
final class TensorRtLlm implements Protocol {
  /** Past any real vocabulary: with {@code min_length}, this is how the reference suppresses EOS. */
  private static final int UNREACHABLE_END_ID = 1048576;

  /**
   * @throws IllegalArgumentException for a token-id row: {@code text_input} takes text
   */
  @Override
  public ObjectNode body(RequestInput input, RequestOptions options) {
    ObjectNode body = Payloads.object();
    body.put("accumulate_tokens", true);
    body.put("text_input", Payloads.text(input.row(), Backends.TRT));
    body.put("temperature", 0.000001);
    body.put("top_p", 1.0);
    body.put("max_tokens", input.row().outputLen());
    body.put("stream", true);
    body.put("min_length", input.row().outputLen());
    body.put("end_id", UNREACHABLE_END_ID);
    Payloads.merge(body, options.extraBody());
    if (!options.ignoreEos()) {
      // removed after the merge, as the reference does: even values from the extra body go
      body.remove("min_length");
      body.remove("end_id");
    }
    return body;
  }

  /** The reference's {@code data["text_output"]}: a line without it fails the request (its KeyError). */
  @Override
  public Chunk read(JsonNode object, boolean streamed) throws BadResponseException {
    JsonNode text = object.path("text_output");
    if (!text.isTextual()) {
      throw new BadResponseException("trt object has no text_output string");
    }
    return Chunk.text(text.textValue());
  }

  @Override
  public boolean sendsHeaders() {
    return false;
  }

  @Override
  public Streaming streaming() {
    return Streaming.ALWAYS;
  }

  @Override
  public TextMode textMode() {
    return TextMode.EVERY_OBJECT;
  }

  @Override
  public boolean usesLora() {
    return false;
  }
}
