package io.llmbench.metrics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request's prefix-cache hit as the server reported it (spec §4.2–§4.4, {@code --cache-report}).
 *
 * @param count cached prompt tokens ({@code meta_info.cached_tokens}; on OpenAI paths device + host + storage of
 *     {@code sglext.cached_tokens_details})
 * @param details the server's detail object as sent ({@code device}, {@code host}, {@code storage},
 *     {@code storage_backend}), kept verbatim for the JSONL, or null when none came
 */
public record CachedTokens(int count, JsonNode details) {
  /** What the reference records when the server says nothing. */
  public static final CachedTokens NONE = new CachedTokens(0, null);

  /** The hit the detail object describes: its count is device + host + storage. */
  public static CachedTokens fromTiers(JsonNode details) {
    return new CachedTokens((int) (tier(details, "device") + tier(details, "host") + tier(details, "storage")), details);
  }

  /** A tier's token count in the details ({@code dict.get(tier, 0)}); 0 without details. */
  public long tier(String name) {
    return details == null ? 0 : tier(details, name);
  }

  private static long tier(JsonNode details, String name) {
    return details.path(name).asLong(0);
  }
}
