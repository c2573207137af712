package io.tenantry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG, rasterised by reading its path back, decodes with ZXing to the very same URI. */
class QrCodeSvgTest {
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");
  private static final int SCALE = 4;

  @Test
  void shouldDecodeBackToTheSameOtpauthUri() throws Exception {
    String uri =
        "otpauth://totp/Acme%20Corp:olivia%40acme.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
            + "&issuer=Acme%20Corp&algorithm=SHA1&digits=6&period=30";

    String svg = QrCodeSvg.render(uri, "QR code of your authenticator key");

    assertThat(svg).startsWith("<svg ").endsWith("</svg>").contains("role=\"img\"");
    assertThat(decode(svg)).isEqualTo(uri);
  }

  @Test
  void shouldEscapeTheLabel() {
    String svg = QrCodeSvg.render("otpauth://totp/x?secret=AB", "a \"label\" <b>&");

    assertThat(svg).contains("aria-label=\"a &quot;label&quot; &lt;b&gt;&amp;\"");
  }

  /** Draws every run of the path into a white bitmap, then reads it as a camera would. */
  private static String decode(String svg) throws Exception {
    Matcher box = VIEW_BOX.matcher(svg);
    assertThat(box.find()).isTrue();
    int size = Integer.parseInt(box.group(1));
    int pixels = size * SCALE;
    int[] argb = new int[pixels * pixels];
    Arrays.fill(argb, 0xFFFFFFFF);
    Matcher run = RUN.matcher(svg);
    int runs = 0;
    while (run.find()) {
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int length = Integer.parseInt(run.group(3));
      for (int px = x * SCALE; px < (x + length) * SCALE; px++) {
        for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
          argb[py * pixels + px] = 0xFF000000;
        }
      }
      runs++;
    }
    assertThat(runs).isPositive();
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, argb)));
    Result result =
        new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
    return result.getText();
  }
}
