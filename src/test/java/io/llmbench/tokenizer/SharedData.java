package io.llmbench.tokenizer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared test data, located only through the {@code llmbench.shared-data} property. */
public final class SharedData {
  private static final String PROPERTY = "llmbench.shared-data";

  private SharedData() {}

  /** A file under the shared data folder; fails (never skips) when it is absent. */
  public static Path file(String relative) {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      fail("system property " + PROPERTY + " is not set; run the tests through Maven (surefire sets"
          + " it to <basedir>/src/test/shared-data) or pass -D" + PROPERTY + "=<folder>");
    }
    assertTrue(Files.isDirectory(Path.of(dir)),
        PROPERTY + " points to a missing folder: " + Path.of(dir).toAbsolutePath());
    Path file = Path.of(dir, relative);
    assertTrue(Files.exists(file), "shared data file missing: " + file.toAbsolutePath());
    return file;
  }

  /** The Qwen3 tokenizer (Apache-2.0) of the shared data. */
  public static Tokenizer qwen3() {
    return Tokenizer.load(file("tokenizers/qwen3/tokenizer.json.gz").toString());
  }
}
