package io.tenantry.bootstrap.support;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** Reads what arrived at the test SMTP server. */
public final class Mailbox {
  private static final Pattern LINK = Pattern.compile("(https?://\\S+\\?token=)([A-Za-z0-9_-]+)");

  private Mailbox() {}

  public static List<MimeMessage> to(String recipient) {
    return Arrays.stream(GreenMailResource.server().getReceivedMessages())
        .filter(message -> isFor(message, recipient))
        .toList();
  }

  /** Waits for the newest mail to {@code recipient} whose subject contains {@code subject}. */
  public static MimeMessage await(String recipient, String subject) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                to(recipient).stream()
                    .filter(message -> subjectOf(message).contains(subject))
                    .reduce((first, second) -> second)
                    .orElse(null),
            message -> message != null);
  }

  /** The token of the one-time link in the newest such mail. */
  public static String awaitToken(String recipient, String subject) {
    return tokenIn(await(recipient, subject));
  }

  public static String tokenIn(MimeMessage message) {
    Matcher matcher = LINK.matcher(text(message));
    if (!matcher.find()) {
      throw new AssertionError("no one-time link in the mail");
    }
    return matcher.group(2);
  }

  public static String linkIn(MimeMessage message) {
    Matcher matcher = LINK.matcher(text(message));
    if (!matcher.find()) {
      throw new AssertionError("no one-time link in the mail");
    }
    return matcher.group(1) + matcher.group(2);
  }

  public static String text(MimeMessage message) {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
  }

  public static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isFor(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
