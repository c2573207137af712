package io.tenantry.application.user;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.application.mail.MailTemplate;
import io.tenantry.application.mail.OutboundMail;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PreconditionFailedException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {
  private static final TenantSlug ACME = new TenantSlug("acme");
  private static final OptionalLong ANY_VERSION = OptionalLong.empty();

  private TestApp app;
  private Session owner;
  private Session admin;
  private Session member;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    admin = aUser().withEmail("ada@acme.test").withRoles("admin").create(app, owner.actor());
    member = aUser().withEmail("mel@acme.test").withRoles("member").create(app, owner.actor());
  }

  @Test
  void shouldInviteAUserWithOneTokenAndOneMail() {
    int mailsBefore = app.outbox.mails().size();
    int tokensBefore = app.oneTimeTokens.countIn(ACME);

    UserView invited =
        app.useCases.inviteUser.invite(
            admin.actor(), aUser().withEmail("Ivan@Acme.test").withDisplayName("Ivan").command());

    assertThat(invited.status()).isEqualTo("invited");
    assertThat(invited.email()).isEqualTo("ivan@acme.test");
    assertThat(invited.emailVerified()).isFalse();
    assertThat(invited.roles()).containsExactly("member");
    assertThat(app.oneTimeTokens.countIn(ACME)).isEqualTo(tokensBefore + 1);
    assertThat(app.outbox.mails()).hasSize(mailsBefore + 1);
    OutboundMail mail = app.outbox.lastTo("ivan@acme.test");
    assertThat(mail.template()).isEqualTo(MailTemplate.INVITATION);
    assertThat(mail.tenant()).isEqualTo(owner.actor().tenantId());
    assertThat(mail.values().get("link"))
        .startsWith(TestApp.PUBLIC_URL + "/accept-invitation?token=")
        .matches(".*token=[A-Za-z0-9_-]{65}$");
  }

  @Test
  void shouldRefuseToInviteATakenEmail() {
    assertThatThrownBy(
            () ->
                app.useCases.inviteUser.invite(
                    owner.actor(), aUser().withEmail("MEL@acme.test").command()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
  }

  @Test
  void shouldAllowTheSameEmailInAnotherTenant() {
    Session globexOwner = aTenant().withSlug("globex").createAndLogInOwner(app);

    UserView invited =
        app.useCases.inviteUser.invite(
            globexOwner.actor(), aUser().withEmail("mel@acme.test").command());

    assertThat(invited.status()).isEqualTo("invited");
  }

  @Test
  void shouldForbidMembersToInvite() {
    assertForbidden(
        () ->
            app.useCases.inviteUser.invite(
                member.actor(), aUser().withEmail("x@acme.test").command()));
  }

  @Test
  void shouldForbidAdminsToInviteOwners() {
    assertForbidden(
        () ->
            app.useCases.inviteUser.invite(
                admin.actor(), aUser().withEmail("x@acme.test").withRoles("owner").command()));
  }

  @Test
  void shouldLetOwnersInviteOwners() {
    UserView invited =
        app.useCases.inviteUser.invite(
            owner.actor(), aUser().withEmail("otto@acme.test").withRoles("owner").command());

    assertThat(invited.roles()).containsExactly("owner");
  }

  @Test
  void shouldRefusePlatformAdminOutsideTheSystemTenant() {
    assertThatThrownBy(
            () ->
                app.useCases.inviteUser.invite(
                    owner.actor(),
                    aUser().withEmail("x@acme.test").withRoles("platform_admin").command()))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRefuseAnInvitationWithoutRoles() {
    assertThatThrownBy(
            () ->
                app.useCases.inviteUser.invite(
                    owner.actor(), aUser().withEmail("x@acme.test").withRoles().command()))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldGetAUserOfTheOwnTenant() {
    UserView view = app.useCases.readUsers.get(member.actor(), new UserId(admin.userId()));

    assertThat(view.email()).isEqualTo("ada@acme.test");
    assertThat(view.roles()).containsExactly("admin");
  }

  @Test
  void shouldNotFindAUserOfAnotherTenant() {
    Session globexOwner = aTenant().withSlug("globex").createAndLogInOwner(app);

    assertThatThrownBy(
            () -> app.useCases.readUsers.get(owner.actor(), new UserId(globexOwner.userId())))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(
            () -> app.useCases.deleteUser.delete(owner.actor(), new UserId(globexOwner.userId())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnUnknownUser() {
    assertThatThrownBy(
            () -> app.useCases.readUsers.get(owner.actor(), new UserId(UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldReturnTheCallerAsMe() {
    assertThat(app.useCases.readUsers.me(member.actor()).email()).isEqualTo("mel@acme.test");
  }

  @Test
  void shouldLetAnyoneRenameThemselves() {
    assertThat(
            app.useCases
                .updateOwnProfile
                .rename(member.actor(), new DisplayName("  Mel B  "))
                .displayName())
        .isEqualTo("Mel B");
  }

  @Test
  void shouldRenameAUser() {
    UserView updated =
        app.useCases.updateUser.update(
            admin.actor(),
            Commands.updateUser(
                member.userId(), Optional.of("Melanie"), Optional.empty(), ANY_VERSION));

    assertThat(updated.displayName()).isEqualTo("Melanie");
  }

  @Test
  void shouldForbidMembersToUpdateUsers() {
    assertForbidden(
        () ->
            app.useCases.updateUser.update(
                member.actor(),
                Commands.updateUser(
                    admin.userId(), Optional.of("X"), Optional.empty(), ANY_VERSION)));
  }

  @Test
  void shouldRefuseAStaleExpectedVersion() {
    long version = app.useCases.readUsers.get(owner.actor(), new UserId(member.userId())).version();

    assertThatThrownBy(
            () ->
                app.useCases.updateUser.update(
                    owner.actor(),
                    Commands.updateUser(
                        member.userId(),
                        Optional.of("X"),
                        Optional.empty(),
                        OptionalLong.of(version - 1))))
        .isInstanceOfSatisfying(
            PreconditionFailedException.class,
            e -> assertThat(e.code()).isEqualTo("version_conflict"));
    assertThat(
            app.useCases
                .updateUser
                .update(
                    owner.actor(),
                    Commands.updateUser(
                        member.userId(),
                        Optional.of("X"),
                        Optional.empty(),
                        OptionalLong.of(version)))
                .version())
        .isGreaterThan(version);
  }

  @Test
  void shouldRefuseAStaleExpectedVersionWhenSettingRoles() {
    long version = app.useCases.readUsers.get(owner.actor(), new UserId(member.userId())).version();

    assertThatThrownBy(
            () ->
                app.useCases.assignRoles.assign(
                    owner.actor(),
                    new UserId(member.userId()),
                    Commands.roles(List.of("admin")),
                    OptionalLong.of(version + 1)))
        .isInstanceOf(PreconditionFailedException.class);
  }

  @Test
  void shouldDisableAndReactivateAUser() {
    UserView disabled = setStatus(admin, member, "disabled");
    assertThat(disabled.status()).isEqualTo("disabled");

    UserView active = setStatus(admin, member, "active");
    assertThat(active.status()).isEqualTo("active");
  }

  @Test
  void shouldRefuseToActivateAnInvitedUser() {
    UserView invited = aUser().withEmail("ivan@acme.test").invite(app, owner.actor());

    assertThatThrownBy(
            () ->
                app.useCases.updateUser.update(
                    owner.actor(),
                    Commands.updateUser(
                        invited.id(), Optional.empty(), Optional.of("active"), ANY_VERSION)))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRefuseAnUnknownStatus() {
    assertThatThrownBy(() -> setStatus(owner, member, "invited"))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> setStatus(owner, member, "banned"))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldForbidAdminsToDisableOrDeleteAnOwner() {
    assertForbidden(() -> setStatus(admin, owner, "disabled"));
    assertForbidden(
        () -> app.useCases.deleteUser.delete(admin.actor(), new UserId(owner.userId())));
  }

  @Test
  void shouldForbidMembersToDeleteOrSetRoles() {
    assertForbidden(
        () -> app.useCases.deleteUser.delete(member.actor(), new UserId(admin.userId())));
    assertForbidden(
        () ->
            app.useCases.assignRoles.assign(
                member.actor(),
                new UserId(member.userId()),
                Commands.roles(List.of("admin")),
                ANY_VERSION));
  }

  @Test
  void shouldLetAdminsGrantAdmin() {
    UserView promoted =
        app.useCases.assignRoles.assign(
            admin.actor(),
            new UserId(member.userId()),
            Commands.roles(List.of("admin")),
            ANY_VERSION);

    assertThat(promoted.roles()).containsExactly("admin");
  }

  @Test
  void shouldForbidAdminsToGrantOwner() {
    assertForbidden(
        () ->
            app.useCases.assignRoles.assign(
                admin.actor(),
                new UserId(member.userId()),
                Commands.roles(List.of("owner")),
                ANY_VERSION));
    assertForbidden(
        () ->
            app.useCases.assignRoles.assign(
                admin.actor(),
                new UserId(admin.userId()),
                Commands.roles(List.of("owner")),
                ANY_VERSION));
  }

  @Test
  void shouldForbidAdminsToDemoteAnOwner() {
    assertForbidden(
        () ->
            app.useCases.assignRoles.assign(
                admin.actor(),
                new UserId(owner.userId()),
                Commands.roles(List.of("member")),
                ANY_VERSION));
  }

  @Test
  void shouldRefuseAnEmptySetOfRoles() {
    assertThatThrownBy(
            () ->
                app.useCases.assignRoles.assign(
                    owner.actor(),
                    new UserId(member.userId()),
                    Commands.roles(List.of()),
                    ANY_VERSION))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRefuseToDemoteTheLastOwner() {
    assertLastOwner(
        () ->
            app.useCases.assignRoles.assign(
                owner.actor(),
                new UserId(owner.userId()),
                Commands.roles(List.of("admin")),
                ANY_VERSION));
  }

  @Test
  void shouldRefuseToDisableTheLastOwner() {
    assertLastOwner(() -> setStatus(owner, owner, "disabled"));
  }

  @Test
  void shouldRefuseToDeleteTheLastOwner() {
    assertLastOwner(
        () -> app.useCases.deleteUser.delete(owner.actor(), new UserId(owner.userId())));
  }

  @Test
  void shouldLetAnOwnerBeDemotedWhenAnotherOwnerExists() {
    Session second =
        aUser().withEmail("otto@acme.test").withRoles("owner").create(app, owner.actor());

    UserView demoted =
        app.useCases.assignRoles.assign(
            second.actor(),
            new UserId(owner.userId()),
            Commands.roles(List.of("admin")),
            ANY_VERSION);

    assertThat(demoted.roles()).containsExactly("admin");
  }

  @Test
  void shouldLetAnOwnerBeDisabledWhenAnotherOwnerExists() {
    Session second =
        aUser().withEmail("otto@acme.test").withRoles("owner").create(app, owner.actor());

    assertThat(setStatus(second, owner, "disabled").status()).isEqualTo("disabled");
    assertLastOwner(() -> setStatus(second, second, "disabled"));
  }

  @Test
  void shouldLetAnOwnerBeDeletedWhenAnotherOwnerExists() {
    Session second =
        aUser().withEmail("otto@acme.test").withRoles("owner").create(app, owner.actor());

    app.useCases.deleteUser.delete(second.actor(), new UserId(owner.userId()));

    assertThatThrownBy(() -> app.useCases.readUsers.get(second.actor(), new UserId(owner.userId())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotCountAnInvitedOwnerAsAnotherOwner() {
    aUser().withEmail("otto@acme.test").withRoles("owner").invite(app, owner.actor());

    assertLastOwner(
        () -> app.useCases.deleteUser.delete(owner.actor(), new UserId(owner.userId())));
  }

  @Test
  void shouldDeleteAUser() {
    app.useCases.deleteUser.delete(admin.actor(), new UserId(member.userId()));

    assertThatThrownBy(() -> app.useCases.readUsers.get(admin.actor(), new UserId(member.userId())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldRevokeTheRefreshTokensOfADisabledUser() {
    setStatus(owner, member, "disabled");

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(member.refreshToken()))
        .isInstanceOf(io.tenantry.domain.shared.AuthenticationException.class);
  }

  @Test
  void shouldSearchTheDirectory() {
    Page<UserView> page =
        app.useCases.readUsers.search(
            member.actor(), Commands.userQuery("ADA", null, null, 0, 10, "email,asc"));

    assertThat(page.items()).extracting(UserView::email).containsExactly("ada@acme.test");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void shouldSearchByRoleAndSortDescending() {
    Page<UserView> page =
        app.useCases.readUsers.search(
            owner.actor(), Commands.userQuery(null, "active", null, null, null, "email,desc"));

    assertThat(page.items())
        .extracting(UserView::email)
        .containsExactly("owner@acme.test", "mel@acme.test", "ada@acme.test");
    assertThat(page.size()).isEqualTo(20);

    Page<UserView> admins =
        app.useCases.readUsers.search(
            owner.actor(), Commands.userQuery(null, null, "admin", 0, 10, null));
    assertThat(admins.items()).extracting(UserView::email).containsExactly("ada@acme.test");
  }

  @Test
  void shouldRefuseAPageSizeOverHundred() {
    assertThatThrownBy(
            () ->
                app.useCases.readUsers.search(
                    owner.actor(), Commands.userQuery(null, null, null, 0, 101, null)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
  }

  @Test
  void shouldRefuseAnUnknownSortField() {
    assertThatThrownBy(
            () ->
                app.useCases.readUsers.search(
                    owner.actor(),
                    Commands.userQuery(null, null, null, 0, 10, "password_hash,asc")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("sort"));
  }

  private UserView setStatus(Session actor, Session target, String status) {
    return app.useCases.updateUser.update(
        actor.actor(),
        Commands.updateUser(target.userId(), Optional.empty(), Optional.of(status), ANY_VERSION));
  }

  private static void assertForbidden(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
  }

  private static void assertLastOwner(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("last_owner"));
  }
}
