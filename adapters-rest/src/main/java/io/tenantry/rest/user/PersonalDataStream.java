package io.tenantry.rest.user;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenantry.application.user.PersonalData;
import io.tenantry.domain.role.TenantRoles;
import io.tenantry.domain.user.Role;
import io.tenantry.rest.apikey.ApiKeyResponse;
import io.tenantry.rest.audit.AuditEventResponse;
import io.tenantry.rest.session.SessionResponse;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * Writes a {@link PersonalDataResponse} to the response as it goes, with Jackson's streaming
 * generator: the audit events (up to 10,000) are turned into JSON one at a time, never gathered
 * into one string or one list of response objects first.
 */
final class PersonalDataStream implements StreamingOutput {
  private final PersonalData data;
  private final TenantRoles definitions;
  private final ObjectMapper json;

  PersonalDataStream(PersonalData data, TenantRoles definitions, ObjectMapper json) {
    this.data = data;
    this.definitions = definitions;
    this.json = json;
  }

  @Override
  public void write(OutputStream output) throws IOException {
    // The generator buffers and flushes when its buffer fills, not after every value.
    ObjectWriter values = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    try (JsonGenerator out = json.getFactory().createGenerator(output)) {
      out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      out.writeStartObject();
      field(out, values, "exported_at", data.exportedAt());
      field(out, values, "tenant", data.tenant());
      field(out, values, "profile", UserResponse.from(data.profile()));
      array(out, values, "roles", data.profile().roles(), this::grant);
      array(out, values, "sessions", data.sessions(), SessionResponse::from);
      array(out, values, "api_keys", data.apiKeys(), ApiKeyResponse::from);
      field(out, values, "mfa", PersonalDataResponse.MfaState.of(data.mfa()));
      field(out, values, "mfa_factors", PersonalDataResponse.MfaFactor.of(data.mfa()));
      array(out, values, "audit_events", data.auditEvents(), AuditEventResponse::from);
      out.writeEndObject();
    }
  }

  private PersonalDataResponse.RoleGrant grant(String name) {
    return PersonalDataResponse.RoleGrant.of(new Role(name), definitions);
  }

  private static void field(JsonGenerator out, ObjectWriter values, String name, Object value)
      throws IOException {
    out.writeFieldName(name);
    values.writeValue(out, value);
  }

  private static <T> void array(
      JsonGenerator out, ObjectWriter values, String name, Iterable<T> items, Function<T, ?> as)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (T item : items) {
      values.writeValue(out, as.apply(item));
    }
    out.writeEndArray();
  }
}
