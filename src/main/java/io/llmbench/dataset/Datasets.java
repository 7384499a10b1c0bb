package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the requests of a workload the way {@code sglang.bench_serving} does, before load
 * starts.
 *
 * <p>Deterministic: the same options (seed included) give the same rows. The random draws come
 * from {@link java.util.SplittableRandom}, not from NumPy's and Python's generators, so the rows
 * are not those the reference draws for the same seed; their distributions are.
 */
public final class Datasets {
  private static final SortedMap<String, DatasetGenerator> GENERATORS =
      Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
          "random", new RandomDataset(),
          "random-ids", new RandomIdsDataset(),
          "sharegpt", new ShareGptDataset())));

  private Datasets() {}

  /** The accepted values of {@code dataset-name}. */
  public static List<String> names() {
    return List.copyOf(GENERATORS.keySet());
  }

  /**
   * Checks what needs neither a tokenizer nor the dataset's contents, so mistakes fail before any
   * load.
   *
   * @throws IllegalArgumentException naming the offending option
   */
  public static void validate(DatasetOptions options) {
    generator(options);
  }

  /**
   * The rows of the workload; fewer than {@code num-prompts} only when {@code sharegpt}'s filters
   * leave fewer.
   *
   * @throws IllegalArgumentException for invalid options or an unreadable or malformed dataset file
   */
  public static List<DatasetRow> generate(DatasetOptions options, Tokenizer tokenizer) {
    return generator(options).generate(options, tokenizer, Rngs.of(options.seed()));
  }

  private static DatasetGenerator generator(DatasetOptions options) {
    DatasetGenerator generator = GENERATORS.get(options.datasetName());
    if (generator == null) {
      throw new IllegalArgumentException("unknown dataset-name '" + options.datasetName()
          + "'; allowed values: " + String.join(", ", GENERATORS.keySet()));
    }
    if (options.datasetPath() != null && !Files.isRegularFile(options.datasetPath())) {
      throw new IllegalArgumentException(
          "dataset-path not found or not a file: "
              + options.datasetPath().toAbsolutePath().normalize());
    }
    generator.validate(options);
    return generator;
  }
}
