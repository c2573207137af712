package io.tenantry.bootstrap.support;

import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Reads a QR code the way a phone's camera does: from the pixels the browser drew (a screenshot of
 * the element), decoded with ZXing; and takes an {@code otpauth://} URI apart.
 */
public final class QrCodes {
  private QrCodes() {}

  /**
   * The text of the QR code that {@code element} shows on screen. Like a camera, it looks again for
   * a few seconds while the browser may still be painting the page.
   */
  public static String read(WebElement element) {
    return await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptionsInstanceOf(AssertionError.class)
        .until(() -> decode(element), Objects::nonNull);
  }

  private static String decode(WebElement element) {
    try {
      BufferedImage image =
          ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
      int width = image.getWidth();
      int height = image.getHeight();
      int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
      LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(source)),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NotFoundException
        | com.google.zxing.ChecksumException
        | com.google.zxing.FormatException e) {
      throw new AssertionError("no readable QR code on the page", e);
    }
  }

  /** The {@code secret} parameter of an {@code otpauth://totp/...} URI. */
  public static String secretOf(String otpauthUri) {
    for (String pair : URI.create(otpauthUri).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals("secret")) {
        return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no secret in " + otpauthUri);
  }
}
