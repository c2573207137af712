package io.tenantry.rest.user;

import io.tenantry.application.migration.ImportFailure;
import io.tenantry.application.migration.ImportRow;
import io.tenantry.application.migration.ImportUsers;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordHash;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/users/import}. Rows are checked one by one (a bad row is reported
 * by its index, the others go on), so their fields carry no constraints that would refuse the whole
 * request.
 */
public final class ImportRequests {
  private static final int MAX_HASH_LENGTH = 512;
  private static final int MAX_EXTERNAL_ID_LENGTH = 255;

  private ImportRequests() {}

  /** Up to 1,000 users; {@code invite} sends invitations to rows without a password hash. */
  @Schema(name = "ImportUsersRequest")
  public record Import(
      @NotNull @Size(max = ImportUsers.MAX_ROWS) List<@NotNull Row> users, Boolean invite) {}

  /** One user as the other system knew them. */
  @Schema(name = "ImportUserRow")
  public record Row(
      String email,
      String displayName,
      List<String> roles,
      Boolean emailVerified,
      String externalId,
      @Schema(description = "Argon2id/Argon2i PHC, bcrypt, scrypt PHC or passlib PBKDF2-SHA256")
          String passwordHash) {}

  /** The rows in domain types, and the ones that could not be read, by index. */
  record Parsed(List<ImportRow> rows, List<ImportFailure> rejected) {}

  static Parsed parse(List<Row> rows) {
    List<ImportRow> parsed = new ArrayList<>();
    List<ImportFailure> rejected = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      try {
        parsed.add(row(i, rows.get(i)));
      } catch (DomainException e) {
        rejected.add(new ImportFailure(i, e.code(), e.getMessage()));
      }
    }
    return new Parsed(parsed, rejected);
  }

  private static ImportRow row(int index, Row row) {
    Email email = new Email(required(row.email(), "email"));
    DisplayName name = new DisplayName(required(row.displayName(), "display_name"));
    if (row.roles() == null || row.roles().isEmpty() || row.roles().contains(null)) {
      throw new RuleViolationException("roles", "must name at least one role");
    }
    Optional<String> hash = Optional.ofNullable(row.passwordHash());
    Optional<String> externalId = Optional.ofNullable(row.externalId());
    if (hash.filter(h -> h.length() > MAX_HASH_LENGTH).isPresent()
        || externalId.filter(id -> id.length() > MAX_EXTERNAL_ID_LENGTH).isPresent()) {
      throw new RuleViolationException("users", "password_hash or external_id is too long");
    }
    return new ImportRow(
        index,
        email,
        name,
        UserRequests.roles(row.roles()),
        Boolean.TRUE.equals(row.emailVerified()),
        externalId,
        hash.map(PasswordHash::new));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new RuleViolationException(field, "is required");
    }
    return value;
  }
}
