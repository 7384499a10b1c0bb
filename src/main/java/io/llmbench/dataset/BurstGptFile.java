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
   * @param model {@code ChatGPT} or {@code GPT-4}
   * @param requestTokens prompt tokens
   * @param responseTokens completion tokens; 0 for failed requests
   */
  record Request(String model, int requestTokens, int responseTokens) {}

  private BurstGptFile() {}

  /** Every row, in file order; blank lines are skipped, as pandas does. */
  static List<Request> load(Path file) {
    List<String> lines = TextFile.lines(TextFile.read(file, EXPECTED));
    List<Request> requests = new ArrayList<>();
    List<String> header = null;
    int model = -1;
    int request = -1;
    int response = -1;
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1).replace("\n", "");
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = fields(line, file, n);
      if (header == null) {
        header = fields;
        model = header.indexOf(MODEL);
        request = header.indexOf(REQUEST);
        response = header.indexOf(RESPONSE);
        if (model < 0 || request < 0 || response < 0) {
          throw malformed(file, n, "the header is '" + line + "'");
        }
        continue;
      }
      if (fields.size() != header.size()) {
        throw malformed(file, n, header.size() + " fields were expected, got " + fields.size());
      }
      requests.add(new Request(fields.get(model), count(fields, request, file, n, REQUEST),
          count(fields, response, file, n, RESPONSE)));
    }
    if (header == null) {
      throw malformed(file, 1, "the file is empty");
    }
    return requests;
  }

  private static int count(List<String> fields, int column, Path file, int line, String name) {
    String value = fields.get(column);
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
