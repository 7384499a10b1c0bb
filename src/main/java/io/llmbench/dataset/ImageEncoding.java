package io.llmbench.dataset;

import io.llmbench.dataset.ImageResolution.Size;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Pixels of the synthetic images and their {@code data:} URLs, encoded with {@code javax.imageio} (JPEG at quality
 * 0.85, as SGLang's PIL quality 85; PNG at the default compression). The bytes differ from PIL's, the sizes in
 * pixels, which set the server's vision tokens, do not.
 */
final class ImageEncoding {
  static {
    ImageIO.setUseCache(false); // encode in memory rather than through temporary files
  }

  private ImageEncoding() {}

  /**
   * Uniform random bytes per channel, drawn from {@code seed} alone so images can be made in any order. SGLang's
   * {@code rand()*255} never reaches 255; one value in 256 makes no difference to a benchmark.
   */
  static BufferedImage noise(Size size, long seed) {
    BufferedImage image = rgb(size);
    new SplittableRandom(seed).nextBytes(pixels(image));
    return image;
  }

  /** All white, as SGLang's {@code blank}. */
  static BufferedImage blank(Size size) {
    BufferedImage image = rgb(size);
    Arrays.fill(pixels(image), (byte) 255);
    return image;
  }

  /** The image without its alpha channel, as PIL's {@code convert("RGB")}: colours kept, transparency dropped. */
  static BufferedImage withoutAlpha(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, image.getRGB(0, 0, w, h, null, 0, w), 0, w);
    return out;
  }

  /**
   * {@code data:image/<format>;base64,...}.
   *
   * @param format {@code jpeg} or {@code png}
   */
  static String dataUrl(BufferedImage image, String format) {
    return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(encode(image, format));
  }

  private static byte[] encode(BufferedImage image, String format) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format.equals("jpeg")) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a " + format + " image", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static BufferedImage rgb(Size size) {
    return new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_3BYTE_BGR);
  }

  private static byte[] pixels(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }
}
