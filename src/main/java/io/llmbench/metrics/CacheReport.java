package io.llmbench.metrics;

import java.util.List;

/**
 * bench_serving's {@code --cache-report} figures over the successful requests (spec §7.6).
 *
 * @param totalPromptTokens Σ prompt length as the server reported it (else the dataset's)
 * @param totalCachedTokens Σ cached tokens
 * @param hitRatePct totalCachedTokens / totalPromptTokens × 100, 0 without prompt tokens
 * @param tiers the per-tier sums, or null when no request came with a detail object
 */
public record CacheReport(long totalPromptTokens, long totalCachedTokens, double hitRatePct, Tiers tiers) {
  /**
   * @param storageBackend the last {@code storage_backend} name seen, or null
   */
  public record Tiers(long device, long host, long storage, String storageBackend) {}

  public static CacheReport of(List<RequestOutcome> outcomes) {
    long prompt = 0;
    long cached = 0;
    boolean anyDetails = false;
    long device = 0;
    long host = 0;
    long storage = 0;
    String storageBackend = null;
    for (RequestOutcome o : outcomes) {
      if (!o.success()) {
        continue;
      }
      CachedTokens c = o.cachedTokens();
      prompt += o.serverPromptLen();
      cached += c.count();
      if (c.details() != null) {
        anyDetails = true;
        device += c.tier("device");
        host += c.tier("host");
        storage += c.tier("storage");
        if (c.details().path("storage_backend").isTextual()) {
          storageBackend = c.details().path("storage_backend").textValue();
        }
      }
    }
    // Python: total_cached / total_prompt_tokens * 100, in that order
    double hitRate = prompt > 0 ? (double) cached / prompt * 100 : 0.0;
    return new CacheReport(prompt, cached, hitRate, anyDetails ? new Tiers(device, host, storage, storageBackend) : null);
  }

  /** A tier's share of the cached tokens in percent (tier / total_cached × 100); callers check cached > 0. */
  public double sharePct(long tierTokens) {
    return (double) tierTokens / totalCachedTokens * 100;
  }
}
