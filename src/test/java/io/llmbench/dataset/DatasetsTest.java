package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Option and file errors: all raised without a tokenizer. */
class DatasetsTest {

  @Test
  void unknownDatasetNameListsTheAllowedValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("sharegtp")));
    assertEquals("unknown dataset-name 'sharegtp'; allowed values: random, random-ids, sharegpt",
        e.getMessage());
    assertEquals(List.of("random", "random-ids", "sharegpt"), Datasets.names());
  }

  @Test
  void missingDatasetPathIsNamed() {
    Path missing = Path.of("/no/such/ShareGPT_V3.json");
    for (String name : Datasets.names()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Datasets.generate(DatasetOptions.defaults(name).withDatasetPath(missing), null));
      assertTrue(e.getMessage().contains("dataset-path")
          && e.getMessage().contains(missing.toString()), e.getMessage());
    }
  }

  @Test
  void malformedJsonGivesFileLineAndColumn() {
    Path file = Fixtures.resource("malformed.json");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ShareGptFile.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("line 3, column"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a ShareGPT JSON array"), e.getMessage());
  }

  @Test
  void notAnArraySaysWhatWasExpected() {
    Path file = Fixtures.resource("not-an-array.json");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ShareGptFile.load(file));
    assertTrue(e.getMessage().contains(file + " at line 1, column 1")
        && e.getMessage().contains("does not start with an array"), e.getMessage());
  }

  @Test
  void optionRanges() {
    assertThrows(IllegalArgumentException.class,
        () -> DatasetOptions.defaults("random").withRandomLengths(10, 10, 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> DatasetOptions.defaults("random").withNumPrompts(-1));
  }
}
