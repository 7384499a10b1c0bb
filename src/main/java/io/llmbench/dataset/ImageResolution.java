package io.llmbench.dataset;

import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SGLang's {@code --image-resolution} (spec §5.6): one size for every image, or bounds from which each image draws
 * its own width and height, uniform and inclusive.
 *
 * @param min the size of every image, or the smallest width and height of a random one
 * @param max equal to {@code min} for a fixed size, else the largest width and height
 */
public record ImageResolution(Size min, Size max) {
  /** The accepted forms, for messages. */
  public static final String ALLOWED = "4k, 1080p, 720p, 360p, HxW (height first, e.g. 1080x1920)"
      + " or random:<min_h>x<min_w>-<max_h>x<max_w> (each minimum at most its maximum), sizes from 1";
  /** Presets, width × height. */
  private static final Map<String, Size> PRESETS = Map.of(
      "4k", new Size(3840, 2160), "1080p", new Size(1920, 1080),
      "720p", new Size(1280, 720), "360p", new Size(640, 360));
  private static final Pattern HXW = Pattern.compile("(\\d+)x(\\d+)");
  private static final Pattern RANDOM = Pattern.compile("random:(\\d+)x(\\d+)-(\\d+)x(\\d+)");

  /** An image size in pixels. */
  public record Size(int width, int height) {
    public Size {
      if (width < 1 || height < 1) {
        throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height + " (WxH)");
      }
    }

    long area() {
      return (long) width * height;
    }
  }

  /**
   * Reads a preset, {@code HxW} (height first, as SGLang: {@code 1080x1920} is 1920 wide) or {@code
   * random:<min_h>x<min_w>-<max_h>x<max_w>}; case and surrounding spaces do not matter.
   *
   * @throws IllegalArgumentException naming {@code image-resolution} and the allowed forms
   */
  public static ImageResolution parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Size preset = PRESETS.get(s);
    if (preset != null) {
      return new ImageResolution(preset, preset);
    }
    try {
      Matcher fixed = HXW.matcher(s);
      if (fixed.matches()) {
        Size size = heightFirst(fixed, 1);
        return new ImageResolution(size, size);
      }
      Matcher random = RANDOM.matcher(s);
      if (random.matches()) {
        Size low = heightFirst(random, 1);
        Size high = heightFirst(random, 3);
        if (low.width() > high.width() || low.height() > high.height()) {
          throw new IllegalArgumentException("the minimum is above the maximum");
        }
        return new ImageResolution(low, high);
      }
    } catch (IllegalArgumentException e) { // sizes of 0 or beyond an int, bounds the wrong way round
      throw invalid(text, e.getMessage());
    }
    throw invalid(text, "unknown form");
  }

  /** Whether each image draws its own size. */
  public boolean isRandom() {
    return !min.equals(max);
  }

  /** The size of the next image: width then height, each uniform in its bounds (nothing drawn when fixed). */
  Size sample(RandomGenerator rng) {
    if (!isRandom()) {
      return min;
    }
    return new Size(rng.nextInt(min.width(), max.width() + 1), rng.nextInt(min.height(), max.height() + 1));
  }

  /** The largest area an image can have, for SGLang's warning about slow, large datasets. */
  long maxArea() {
    return max.area();
  }

  private static Size heightFirst(Matcher m, int group) {
    return new Size(Integer.parseInt(m.group(group + 1)), Integer.parseInt(m.group(group)));
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException(
        "image-resolution '" + text + "' is not valid (" + why + "); allowed: " + ALLOWED);
  }
}
