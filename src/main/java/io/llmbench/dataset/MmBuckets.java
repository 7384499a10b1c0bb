package io.llmbench.dataset;

import io.llmbench.dataset.ImageResolution.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vLLM's {@code --random-mm-bucket-config}: a Python dict literal mapping {@code (height, width, num_frames)} to the
 * probability of drawing an item of that shape, e.g. {@code {(256, 256, 1): 0.5, (720, 1280, 1): 0.5}}. One frame is
 * an image, more a video. Parsed strictly: integer tuples, non-negative numbers, no repeated key (Python's dict would
 * keep the last one silently).
 *
 * @param buckets in the order written, zero probabilities included
 */
public record MmBuckets(List<Bucket> buckets) {
  /** The accepted form, for messages. */
  public static final String ALLOWED = "a dict {(height, width, num_frames): probability, ...} as vLLM's,"
      + " e.g. {(256, 256, 1): 0.5, (720, 1280, 1): 0.5}; sizes and frames from 1, probabilities >= 0,"
      + " at least one above 0";
  private static final Pattern ENTRY = Pattern.compile(
      "\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)\\s*:\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*");

  /** One shape and its (unnormalised) probability. */
  public record Bucket(int height, int width, int numFrames, double probability) {
    boolean isVideo() {
      return numFrames > 1;
    }
  }

  public MmBuckets {
    buckets = List.copyOf(buckets);
  }

  /** @throws IllegalArgumentException naming {@code random-mm-bucket-config}, what is wrong and {@link #ALLOWED} */
  public static MmBuckets parse(String text) {
    String s = text.strip();
    if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
      throw invalid(text, "not enclosed in { }");
    }
    String body = s.substring(1, s.length() - 1);
    List<Bucket> buckets = new ArrayList<>();
    Set<List<Integer>> keys = new HashSet<>();
    Matcher m = ENTRY.matcher(body);
    int at = 0;
    while (at < body.length() && !body.substring(at).isBlank()) {
      if (!m.region(at, body.length()).lookingAt()) {
        throw invalid(text, "cannot read an entry at '" + body.substring(at).strip() + "'");
      }
      Bucket b;
      try {
        b = new Bucket(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            Double.parseDouble(m.group(4)));
      } catch (NumberFormatException e) {
        throw invalid(text, "a number is too large in '" + m.group().strip() + "'");
      }
      if (b.height() < 1 || b.width() < 1 || b.numFrames() < 1) {
        throw invalid(text, "height, width and num_frames must be >= 1 in '" + m.group().strip() + "'");
      }
      if (!(b.probability() >= 0) || Double.isInfinite(b.probability())) {
        throw invalid(text, "probability must be a finite number >= 0 in '" + m.group().strip() + "'");
      }
      if (!keys.add(List.of(b.height(), b.width(), b.numFrames()))) {
        throw invalid(text, "repeated key (" + b.height() + ", " + b.width() + ", " + b.numFrames() + ")");
      }
      buckets.add(b);
      at = m.end();
      if (at < body.length()) {
        if (body.charAt(at) != ',') {
          throw invalid(text, "expected ',' before '" + body.substring(at).strip() + "'");
        }
        at++;
      }
    }
    if (buckets.stream().noneMatch(b -> b.probability() > 0)) {
      throw invalid(text, "no bucket has a probability above 0");
    }
    return new MmBuckets(buckets);
  }

  /** The buckets that can be drawn (probability above 0), as vLLM's {@code normalize_bucket_config} keeps. */
  List<Bucket> drawable() {
    return buckets.stream().filter(b -> b.probability() > 0).toList();
  }

  /** Whether a video bucket (num_frames above 1) can be drawn. */
  boolean drawsVideo() {
    return drawable().stream().anyMatch(Bucket::isVideo);
  }

  /** Whether any bucket, drawable or not, is of that modality ({@code image} or {@code video}). */
  boolean mentions(String modality) {
    return buckets.stream().anyMatch(b -> (b.isVideo() ? "video" : "image").equals(modality));
  }

  /** The size of the next image: a drawable bucket with probability proportional to its weight. */
  Size pick(RandomGenerator rng) {
    List<Bucket> drawable = drawable();
    double total = drawable.stream().mapToDouble(Bucket::probability).sum();
    double u = rng.nextDouble() * total;
    for (Bucket b : drawable) {
      u -= b.probability();
      if (u < 0) {
        return new Size(b.width(), b.height());
      }
    }
    Bucket last = drawable.get(drawable.size() - 1); // rounding left u at 0
    return new Size(last.width(), last.height());
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException(
        "random-mm-bucket-config '" + text + "' is not valid (" + why + "); allowed: " + ALLOWED);
  }
}
