package io.tenantry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the hosted pages show, as {@code msg:} in the templates; the English text is in
 * {@code messages/msg_en.properties}, and a {@code msg_<language>.properties} beside it translates.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {
  @Message
  String brand();

  @Message
  String invitation_title(String tenant);

  @Message
  String invitation_intro();

  @Message
  String invitation_submit();

  @Message
  String invitation_done_title();

  @Message
  String invitation_done_text(String tenant);

  @Message
  String verify_title();

  @Message
  String verify_intro(String tenant);

  @Message
  String verify_submit();

  @Message
  String verify_done_title();

  @Message
  String verify_done_text(String tenant);

  @Message
  String reset_title();

  @Message
  String reset_intro(String tenant);

  @Message
  String reset_submit();

  @Message
  String reset_done_title();

  @Message
  String reset_done_text(String tenant);

  @Message
  String label_display_name();

  @Message
  String label_password();

  @Message
  String label_new_password();

  @Message
  String label_password_again();

  @Message
  String password_hint();

  @Message
  String errors_summary();

  @Message
  String error_required();

  @Message
  String error_passwords_differ();

  @Message
  String error_weak_password();

  @Message
  String error_display_name();

  @Message
  String invalid_link_title();

  @Message
  String invalid_link_text();

  @Message
  String form_expired_title();

  @Message
  String form_expired_text();

  @Message
  String unavailable_title();

  @Message
  String unavailable_text();
}
