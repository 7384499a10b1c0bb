package io.llmbench.python;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's number and line formatting, character for character, as SGLang prints it. */
public final class PythonFormat {
  /** Width of SGLang's section rules. */
  public static final int RULE_WIDTH = 50;

  private static final int LABEL_WIDTH = 40;
  private static final int VALUE_WIDTH = 10;

  private PythonFormat() {}

  /**
   * Python's {@code repr(float)} (= {@code str}, = {@code format(x, "")}): the shortest digits that
   * round-trip, nearest to the exact value; fixed notation for 1e-4 ≤ |x| < 1e16 (always with a
   * fractional part, "100.0"), otherwise {@code 1e-05}, {@code 1.5e+16}; {@code inf}, {@code nan}.
   */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String sign = Double.doubleToRawLongBits(value) < 0 ? "-" : "";
    if (value == 0) {
      return sign + "0.0";
    }
    return sign + layout(shortest(Math.abs(value)));
  }

  /**
   * Python's {@code format(x, ".<decimals>f")}: the exact binary value rounded half-even (so 2.675
   * gives 2.67 and 0.125 gives 0.12), sign kept when it rounds to zero ("-0.00").
   */
  public static String format(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String sign = Double.doubleToRawLongBits(value) < 0 ? "-" : "";
    return sign
        + new BigDecimal(Math.abs(value)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Python's {@code round(x, decimals)} of a finite float: the exact binary value rounded half-even. */
  public static double round(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * {@code "{:<40} {:<10}".format(label, value)} for a string, an integer or a float (a float
   * formats as its repr); trailing spaces are part of the line.
   */
  public static String row(String label, Object value) {
    String text;
    if (value instanceof Double || value instanceof Float) {
      text = repr(((Number) value).doubleValue());
    } else if (value instanceof CharSequence
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      text = value.toString();
    } else {
      throw new IllegalArgumentException("No Python format for " + value);
    }
    return ljust(label, LABEL_WIDTH) + " " + ljust(text, VALUE_WIDTH);
  }

  /** {@code "{:<40} {:<10.2f}".format(label, value)}. */
  public static String row2f(String label, double value) {
    return ljust(label, LABEL_WIDTH) + " " + ljust(format(value, 2), VALUE_WIDTH);
  }

  /**
   * {@code "{s:{c}^{n}}".format(s=title, n=50, c=fill)}: title centred in 50 columns, the odd
   * padding character going to the right.
   */
  public static String rule(String title, char fill) {
    int pad = Math.max(0, RULE_WIDTH - title.codePointCount(0, title.length()));
    int left = pad / 2;
    return repeat(fill, left) + title + repeat(fill, pad - left);
  }

  /** {@code format(s, "<width")}: padded with spaces to {@code width} code points, never cut. */
  public static String ljust(String s, int width) {
    return s + repeat(' ', width - s.codePointCount(0, s.length()));
  }

  private static String repeat(char c, int count) {
    return count <= 0 ? "" : String.valueOf(c).repeat(count);
  }

  /** Significant digits d1d2…dn (no leading or trailing zeros) of the value 0.d1d2…dn × 10^point. */
  record Decimal(String digits, int point) {}

  /**
   * Shortest round-tripping decimal of a positive finite double. Normal doubles use Jackson's
   * Schubfach (JDK 17's {@code Double.toString} is not always shortest), which picks the same
   * digits as Python's dtoa. For subnormals it may prefer a closer 2-digit decimal over a 1-digit
   * one (4.9E-324 where Python writes 5e-324), so they take the exact search.
   */
  static Decimal shortest(double positive) {
    if (positive < Double.MIN_NORMAL) {
      return shortestExact(positive);
    }
    String s = DoubleToDecimal.toString(positive); // "123.45", "0.001" or "1.2345E-5"
    int e = s.indexOf('E');
    int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
    String mantissa = e < 0 ? s : s.substring(0, e);
    int dot = mantissa.indexOf('.');
    String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    return normalized(digits, dot + exponent);
  }

  /**
   * Python's dtoa mode 0 by search: for each length p from 1, the p-digit decimals just below and
   * above the exact value; the first length where one parses back wins, the nearer one if both do.
   */
  static Decimal shortestExact(double positive) {
    BigDecimal exact = new BigDecimal(positive);
    for (int p = 1; ; p++) {
      BigDecimal below = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal above = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean belowOk = Double.parseDouble(below.toString()) == positive;
      boolean aboveOk = Double.parseDouble(above.toString()) == positive;
      if (belowOk || aboveOk) {
        BigDecimal pick;
        if (belowOk && aboveOk) {
          int cmp = exact.subtract(below).compareTo(above.subtract(exact));
          pick = cmp < 0 ? below : cmp > 0 ? above : exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        } else {
          pick = belowOk ? below : above;
        }
        BigDecimal stripped = pick.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Decimal(digits, digits.length() - stripped.scale());
      }
    }
  }

  private static Decimal normalized(String digits, int point) {
    int lead = 0;
    while (digits.charAt(lead) == '0') {
      lead++;
    }
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    return new Decimal(digits.substring(lead, end), point - lead);
  }

  /** CPython's {@code format_float_short} for repr: exponent form when point ≤ −4 or point > 16. */
  private static String layout(Decimal d) {
    String digits = d.digits();
    int n = digits.length();
    int point = d.point();
    StringBuilder sb = new StringBuilder(n + 8);
    if (point <= -4 || point > 16) {
      sb.append(digits.charAt(0));
      if (n > 1) {
        sb.append('.').append(digits, 1, n);
      }
      int exponent = point - 1;
      sb.append(exponent < 0 ? "e-" : "e+");
      if (Math.abs(exponent) < 10) {
        sb.append('0');
      }
      sb.append(Math.abs(exponent));
    } else if (point <= 0) {
      sb.append("0.").append(repeat('0', -point)).append(digits);
    } else if (point >= n) {
      sb.append(digits).append(repeat('0', point - n)).append(".0");
    } else {
      sb.append(digits, 0, point).append('.').append(digits, point, n);
    }
    return sb.toString();
  }
}
