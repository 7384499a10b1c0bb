package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.dataset.DatasetRow;

/** SGLang's native {@code POST /generate} (spec §4.2). */
final class NativeGenerate implements Protocol {
  @Override
  public ObjectNode body(RequestInput input, RequestOptions options) {
    DatasetRow row = input.row();
    LogprobOptions logprobs = options.logprobs();
    ObjectNode body = Payloads.object();
    body.set(row.text() != null ? "text" : "input_ids", Payloads.prompt(row));
    ObjectNode sampling = body.putObject("sampling_params");
    sampling.put("temperature", options.temperature());
    sampling.put("max_new_tokens", row.outputLen());
    sampling.put("ignore_eos", options.ignoreEos());
    if (options.topP() < 1.0) {
      sampling.put("top_p", options.topP());
    }
    body.put("stream", options.stream());
    body.put("lora_path", input.loraName()); // null without an adapter
    body.put("return_logprob", logprobs.returnLogprob());
    body.put("return_routed_experts", options.returnRoutedExperts());
    body.put("logprob_start_len", logprobs.logprobStartLen());
    Payloads.merge(body, options.extraBody());
    // set after the extra body, so these values win over it
    if (logprobs.topLogprobsNum() > 0) {
      body.put("top_logprobs_num", logprobs.topLogprobsNum());
    }
    if (logprobs.tokenIdsLogprob() != null) {
      body.set("token_ids_logprob", Json.MAPPER.valueToTree(logprobs.tokenIdsLogprob()));
    }
    Payloads.imageData(body, row);
    return body;
  }

  @Override
  public TextMode textMode() {
    return TextMode.CUMULATIVE;
  }

  /**
   * Reads {@code text} and {@code meta_info.completion_tokens}, which must come with any text (the reference's
   * KeyError), and the cache hit in {@code meta_info}.
   */
  @Override
  public Chunk read(JsonNode object, boolean streamed) throws BadResponseException {
    String text = Json.text(object.path("text"));
    int completionTokens = Json.count(object.path("meta_info").path("completion_tokens"));
    if (!text.isEmpty() && completionTokens < 0) {
      throw new BadResponseException("/generate object has text but no meta_info.completion_tokens");
    }
    return new Chunk(text, completionTokens, Chunk.serverPromptTokens(object), Chunk.metaInfoCachedTokens(object));
  }
}
