package io.tenantry.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the hosted pages show, as {@code msg:} in the templates; the English text is in
 * {@code messages/msg_en.properties}, and a {@code msg_<language>.properties} beside it translates.
 * A method needs no {@code @Message}: its name is its key in those files, which hold every text.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {
  String brand();

  String invitation_title(String tenant);

  String invitation_intro();

  String invitation_submit();

  String invitation_done_title();

  String invitation_done_text(String tenant);

  String verify_title();

  String verify_intro(String tenant);

  String verify_submit();

  String verify_done_title();

  String verify_done_text(String tenant);

  String reset_title();

  String reset_intro(String tenant);

  String reset_submit();

  String reset_done_title();

  String reset_done_text(String tenant);

  String label_display_name();

  String label_password();

  String label_new_password();

  String label_password_again();

  String password_hint();

  String errors_summary();

  String error_required();

  String error_passwords_differ();

  String error_weak_password();

  String error_display_name();

  String invalid_link_title();

  String invalid_link_text();

  String form_expired_title();

  String form_expired_text();

  String sign_in_title();

  String sign_in_title_for(String tenant);

  String sign_in_submit();

  String sign_in_failed();

  String label_tenant();

  String tenant_hint();

  String label_email();

  String too_many_title();

  String too_many_text();

  String account_title();

  String account_signed_in_as(String email);

  String account_profile();

  String account_profile_submit();

  String account_profile_saved();

  String account_password();

  String account_password_intro();

  String label_current_password();

  String account_password_submit();

  String account_password_saved();

  String error_current_password();

  String account_sessions();

  String account_sessions_intro();

  String session_started(String started);

  String session_last_used(String lastUsed);

  String session_from(String ip);

  String session_this_browser();

  String session_client(String client);

  String session_end();

  String account_session_ended();

  String account_sign_out();

  String sign_in_continue_to(String client);

  String authorize_error_title();

  String authorize_error_text();

  String sign_out_title();

  String sign_out_intro();

  String sign_out_submit();

  String signed_out_title();

  String signed_out_text();

  String unavailable_title();

  String unavailable_text();

  String mfa_code_title();

  String mfa_code_intro();

  String label_mfa_code();

  String mfa_code_submit();

  String mfa_use_recovery();

  String mfa_use_app();

  String mfa_recovery_intro();

  String label_recovery_code();

  String error_mfa_code();

  String mfa_setup_title();

  String mfa_setup_required();

  String mfa_setup_intro();

  String mfa_qr_label();

  String mfa_secret_label();

  String mfa_setup_submit();

  String mfa_codes_title();

  String mfa_codes_intro();

  String mfa_codes_continue();

  String account_mfa();

  String account_mfa_off();

  String account_mfa_start();

  String account_mfa_on();

  String account_mfa_regenerate_intro();

  String account_mfa_regenerate();

  String account_mfa_disable_intro();

  String account_mfa_disable();

  String account_mfa_turned_on();

  String account_mfa_turned_off();

  String account_mfa_codes_replaced();
}
