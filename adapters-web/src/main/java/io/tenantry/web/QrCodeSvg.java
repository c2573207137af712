package io.tenantry.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders text (an {@code otpauth://} URI) as a QR code in an inline SVG string, server-side with
 * ZXing, so the MFA set-up page needs no script and no image request. One path of dark modules on a
 * white square with the standard four-module quiet zone; {@code crispEdges} keeps modules sharp.
 */
public final class QrCodeSvg {
  private static final int QUIET_ZONE = 4;
  private static final int PIXELS_PER_MODULE = 6;

  private QrCodeSvg() {}

  /** The SVG element; {@code label} is its accessible name (escaped here). */
  public static String render(String text, String label) {
    BitMatrix modules = encode(text);
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        if (!modules.get(x, y)) {
          x++;
          continue;
        }
        int run = 1;
        while (x + run < modules.getWidth() && modules.get(x + run, y)) {
          run++;
        }
        // One rectangle per horizontal run of dark modules.
        path.append('M')
            .append(x + QUIET_ZONE)
            .append(',')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(run)
            .append("v1h-")
            .append(run)
            .append('z');
        x += run;
      }
    }
    int pixels = size * PIXELS_PER_MODULE;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" width=\""
        + pixels
        + "\" height=\""
        + pixels
        + "\" role=\"img\" aria-label=\""
        + escape(label)
        + "\" shape-rendering=\"crispEdges\"><rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static BitMatrix encode(String text) {
    try {
      // Margin 0: the quiet zone is drawn by the SVG itself; size 0 asks for one pixel per module.
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET,
                  StandardCharsets.UTF_8.name(),
                  EncodeHintType.MARGIN,
                  0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code", e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace("\"", "&quot;")
        .replace(">", "&gt;");
  }
}
