package io.llmbench.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes exactly what Python's {@code json.dumps(obj)} writes with default settings: separators
 * {@code ", "} and {@code ": "}, {@code ensure_ascii} (non-ASCII as lowercase {@code \\uXXXX},
 * astral characters as surrogate pairs), floats as Python repr, {@code Infinity}/{@code -Infinity}/
 * {@code NaN} tokens, no trailing newline.
 *
 * <p>Accepted values: {@code null}, {@link CharSequence}/{@link Character}, {@link Boolean},
 * {@link Double}/{@link Float} (floats), {@link Integer}/{@link Long}/{@link Short}/{@link Byte}/
 * {@link BigInteger} (ints), {@link Map} (iteration order; keys converted as Python does for str,
 * int, float, bool and None keys), {@link Iterable}, object and {@code double/int/long} arrays, and
 * Jackson {@link JsonNode} trees (object order kept, integral numbers as ints, others as floats,
 * which is how Python's {@code json.loads} would have read them). Anything else is rejected like
 * Python's {@code TypeError}.
 */
public final class PythonJson {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PythonJson() {}

  /** {@code json.dumps(value)}. */
  public static String dumps(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /** Appends {@code json.dumps(value)} to {@code out}. */
  public static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence || value instanceof Character) {
      writeString(value.toString(), out);
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof Double || value instanceof Float) {
      writeFloat(((Number) value).doubleValue(), out);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof JsonNode node) { // before Iterable: a JsonNode is one
      writeNode(node, out);
    } else if (value instanceof Map<?, ?> map) {
      writeMap(map, out);
    } else if (value instanceof Iterable<?> iterable) {
      writeArray(iterable.iterator(), out);
    } else if (value instanceof Object[] array) {
      writeArray(Arrays.asList(array).iterator(), out);
    } else if (value instanceof double[] array) {
      writeArray(Arrays.stream(array).boxed().iterator(), out);
    } else if (value instanceof int[] array) {
      writeArray(Arrays.stream(array).boxed().iterator(), out);
    } else if (value instanceof long[] array) {
      writeArray(Arrays.stream(array).boxed().iterator(), out);
    } else {
      throw notSerializable(value);
    }
  }

  /** A JSON string literal with Python's {@code ensure_ascii} escapes. */
  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= ' ' && c <= '~') {
            out.append(c);
          } else { // control, DEL, non-ASCII; UTF-16 units are already Python's surrogate pairs
            out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          }
        }
      }
    }
    out.append('"');
  }

  private static void writeFloat(double v, StringBuilder out) {
    if (Double.isNaN(v)) {
      out.append("NaN");
    } else if (Double.isInfinite(v)) {
      out.append(v > 0 ? "Infinity" : "-Infinity");
    } else {
      out.append(PythonFormat.repr(v));
    }
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      writeString(keyString(e.getKey()), out);
      out.append(": ");
      write(e.getValue(), out);
    }
    out.append('}');
  }

  /** Python's dict-key coercion: str as is, float via repr (or Infinity…), bool, None, int. */
  private static String keyString(Object key) {
    if (key instanceof CharSequence || key instanceof Character) {
      return key.toString();
    }
    if (key == null || key instanceof Boolean || key instanceof Number) {
      StringBuilder sb = new StringBuilder();
      write(key, sb);
      return sb.toString();
    }
    throw new IllegalArgumentException(
        "keys must be str, int, float, bool or None, not " + key.getClass().getName());
  }

  private static void writeArray(Iterator<?> items, StringBuilder out) {
    out.append('[');
    boolean first = true;
    while (items.hasNext()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      write(items.next(), out);
    }
    out.append(']');
  }

  private static void writeNode(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          if (!first) {
            out.append(", ");
          }
          first = false;
          writeString(e.getKey(), out);
          out.append(": ");
          writeNode(e.getValue(), out);
        }
        out.append('}');
      }
      case ARRAY -> writeArray(node.elements(), out);
      case STRING -> writeString(node.textValue(), out);
      case NUMBER -> {
        if (node.isIntegralNumber()) {
          out.append(node.bigIntegerValue());
        } else {
          writeFloat(node.doubleValue(), out);
        }
      }
      case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
      case NULL, MISSING -> out.append("null");
      case POJO -> write(((POJONode) node).getPojo(), out);
      default -> throw notSerializable(node);
    }
  }

  private static IllegalArgumentException notSerializable(Object value) {
    return new IllegalArgumentException(
        "Object of type " + value.getClass().getName() + " is not JSON serializable");
  }
}
