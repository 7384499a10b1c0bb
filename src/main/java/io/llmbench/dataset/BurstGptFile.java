package io.llmbench.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of BurstGPT traces (HPMLL/BurstGPT, CC-BY-4.0): CSV with a header, columns found by
 * name, so both {@code Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type}
 * (BurstGPT_1/_2) and the _3 layout with {@code Session ID,Elapsed time} work. vLLM reads the
 * token counts by position, which is wrong for _3.
 */
final class BurstGptFile {
  private static final String MODEL = "Model";
  private static final String REQUEST = "Request tokens";
  private static final String RESPONSE = "Response tokens";
  private static final String EXPECTED = "a BurstGPT CSV with a header naming the columns " + MODEL
      + ", " + REQUEST + " and " + RESPONSE
      + " (e.g. Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type)";

  /**
   * One logged request.
   *
   * @param requestTokens prompt tokens
   * @param responseTokens completion tokens; 0 for failed requests
   */
  record Request(int requestTokens, int responseTokens) {}

  private BurstGptFile() {}

  /**
   * The rows of one model ({@code ChatGPT} or {@code GPT-4}), in file order; every row is checked.
   * Blank lines are skipped, as pandas does. The traces have millions of rows: only the kept
   * counts are held.
   */
  static List<Request> load(Path file, String model) {
    Reader reader = new Reader(file, model);
    TextFile.forEachLine(file, EXPECTED, reader);
    if (reader.header == null) {
      throw malformed(file, 1, "the file is empty");
    }
    return reader.requests;
  }

  /** The header's columns, then the rows of the model. */
  private static final class Reader implements TextFile.LineConsumer {
    private final Path file;
    private final String model;
    private final List<Request> requests = new ArrayList<>();
    private List<String> header;

    Reader(Path file, String model) {
      this.file = file;
      this.model = model;
    }

    @Override
    public void accept(int n, String text) {
      String line = text.replace("\n", "");
      if (line.isBlank()) {
        return;
      }
      List<String> fields = fields(line, file, n);
      if (header == null) {
        if (!fields.containsAll(List.of(MODEL, REQUEST, RESPONSE))) {
          throw malformed(file, n, "the header is '" + line + "'");
        }
        header = fields;
        return;
      }
      if (fields.size() != header.size()) {
        throw malformed(file, n, header.size() + " fields were expected, got " + fields.size());
      }
      int request = count(fields.get(header.indexOf(REQUEST)), file, n, REQUEST);
      int response = count(fields.get(header.indexOf(RESPONSE)), file, n, RESPONSE);
      if (fields.get(header.indexOf(MODEL)).equals(model)) {
        requests.add(new Request(request, response));
      }
    }
  }

  private static int count(String value, Path file, int line, String name) {
    try {
      int count = Integer.parseInt(value);
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // Reported below with the column name.
    }
    throw malformed(file, line, "'" + name + "' is '" + value + "', not a count of tokens");
  }

  /** The comma-separated fields of a line; a field in double quotes may hold commas and "". */
  private static List<String> fields(String line, Path file, int n) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw malformed(file, n, "a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }

  private static IllegalArgumentException malformed(Path file, int line, String problem) {
    return new IllegalArgumentException(
        "dataset-path " + file + " at line " + line + ": " + problem + "; expected " + EXPECTED);
  }
}
