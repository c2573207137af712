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
  String sign_in_title();

  @Message
  String sign_in_title_for(String tenant);

  @Message
  String sign_in_submit();

  @Message
  String sign_in_failed();

  @Message
  String label_tenant();

  @Message
  String tenant_hint();

  @Message
  String label_email();

  @Message
  String too_many_title();

  @Message
  String too_many_text();

  @Message
  String account_title();

  @Message
  String account_signed_in_as(String email);

  @Message
  String account_profile();

  @Message
  String account_profile_submit();

  @Message
  String account_profile_saved();

  @Message
  String account_password();

  @Message
  String account_password_intro();

  @Message
  String label_current_password();

  @Message
  String account_password_submit();

  @Message
  String account_password_saved();

  @Message
  String error_current_password();

  @Message
  String account_sessions();

  @Message
  String account_sessions_intro();

  @Message
  String session_started(String started);

  @Message
  String session_last_used(String lastUsed);

  @Message
  String session_from(String ip);

  @Message
  String session_this_browser();

  @Message
  String session_client(String client);

  @Message
  String session_end();

  @Message
  String account_session_ended();

  @Message
  String account_sign_out();

  @Message
  String sign_in_continue_to(String client);

  @Message
  String authorize_error_title();

  @Message
  String authorize_error_text();

  @Message
  String sign_out_title();

  @Message
  String sign_out_intro();

  @Message
  String sign_out_submit();

  @Message
  String signed_out_title();

  @Message
  String signed_out_text();

  String unavailable_title();

  @Message
  String unavailable_text();

  @Message
  String mfa_code_title();

  @Message
  String mfa_code_intro();

  @Message
  String label_mfa_code();

  @Message
  String mfa_code_submit();

  @Message
  String mfa_use_recovery();

  @Message
  String mfa_use_app();

  @Message
  String mfa_recovery_intro();

  @Message
  String label_recovery_code();

  @Message
  String error_mfa_code();

  @Message
  String mfa_setup_title();

  @Message
  String mfa_setup_required();

  @Message
  String mfa_setup_intro();

  @Message
  String mfa_qr_label();

  @Message
  String mfa_secret_label();

  @Message
  String mfa_setup_submit();

  @Message
  String mfa_codes_title();

  @Message
  String mfa_codes_intro();

  @Message
  String mfa_codes_continue();

  @Message
  String account_mfa();

  @Message
  String account_mfa_off();

  @Message
  String account_mfa_start();

  @Message
  String account_mfa_on();

  @Message
  String account_mfa_regenerate_intro();

  @Message
  String account_mfa_regenerate();

  @Message
  String account_mfa_disable_intro();

  @Message
  String account_mfa_disable();

  @Message
  String account_mfa_turned_on();

  @Message
  String account_mfa_turned_off();

  @Message
  String account_mfa_codes_replaced();
}
