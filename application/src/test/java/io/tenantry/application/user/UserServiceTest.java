package io.tenantry.application.user;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserServiceTest {
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
        app.users.invite(
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
            () -> app.users.invite(owner.actor(), aUser().withEmail("MEL@acme.test").command()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
  }

  @Test
  void shouldAllowTheSameEmailInAnotherTenant() {
    Session globexOwner = aTenant().withSlug("globex").createAndLogInOwner(app);

    UserView invited =
        app.users.invite(globexOwner.actor(), aUser().withEmail("mel@acme.test").command());

    assertThat(invited.status()).isEqualTo("invited");
  }

  @Test
  void shouldForbidMembersToInvite() {
    assertForbidden(
        () -> app.users.invite(member.actor(), aUser().withEmail("x@acme.test").command()));
  }

  @Test
  void shouldForbidAdminsToInviteOwners() {
    assertForbidden(
        () ->
            app.users.invite(
                admin.actor(), aUser().withEmail("x@acme.test").withRoles("owner").command()));
  }

  @Test
  void shouldLetOwnersInviteOwners() {
    UserView invited =
        app.users.invite(
            owner.actor(), aUser().withEmail("otto@acme.test").withRoles("owner").command());

    assertThat(invited.roles()).containsExactly("owner");
  }

  @Test
  void shouldRefusePlatformAdminOutsideTheSystemTenant() {
    assertThatThrownBy(
            () ->
                app.users.invite(
                    owner.actor(),
                    aUser().withEmail("x@acme.test").withRoles("platform_admin").command()))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRefuseAnInvitationWithoutRoles() {
    assertThatThrownBy(
            () ->
                app.users.invite(
                    owner.actor(), aUser().withEmail("x@acme.test").withRoles().command()))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldGetAUserOfTheOwnTenant() {
    UserView view = app.users.get(member.actor(), admin.userId());

    assertThat(view.email()).isEqualTo("ada@acme.test");
    assertThat(view.roles()).containsExactly("admin");
  }

  @Test
  void shouldNotFindAUserOfAnotherTenant() {
    Session globexOwner = aTenant().withSlug("globex").createAndLogInOwner(app);

    assertThatThrownBy(() -> app.users.get(owner.actor(), globexOwner.userId()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> app.users.delete(owner.actor(), globexOwner.userId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnUnknownUser() {
    assertThatThrownBy(() -> app.users.get(owner.actor(), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldReturnTheCallerAsMe() {
    assertThat(app.users.me(member.actor()).email()).isEqualTo("mel@acme.test");
  }

  @Test
  void shouldLetAnyoneRenameThemselves() {
    assertThat(app.users.renameMe(member.actor(), "  Mel B  ").displayName()).isEqualTo("Mel B");
  }

  @Test
  void shouldRenameAUser() {
    UserView updated =
        app.users.update(
            admin.actor(),
            member.userId(),
            new UpdateUserCommand(Optional.of("Melanie"), Optional.empty(), ANY_VERSION));

    assertThat(updated.displayName()).isEqualTo("Melanie");
  }

  @Test
  void shouldForbidMembersToUpdateUsers() {
    assertForbidden(
        () ->
            app.users.update(
                member.actor(),
                admin.userId(),
                new UpdateUserCommand(Optional.of("X"), Optional.empty(), ANY_VERSION)));
  }

  @Test
  void shouldRefuseAStaleExpectedVersion() {
    long version = app.users.get(owner.actor(), member.userId()).version();

    assertThatThrownBy(
            () ->
                app.users.update(
                    owner.actor(),
                    member.userId(),
                    new UpdateUserCommand(
                        Optional.of("X"), Optional.empty(), OptionalLong.of(version - 1))))
        .isInstanceOfSatisfying(
            PreconditionFailedException.class,
            e -> assertThat(e.code()).isEqualTo("version_conflict"));
    assertThat(
            app.users
                .update(
                    owner.actor(),
                    member.userId(),
                    new UpdateUserCommand(
                        Optional.of("X"), Optional.empty(), OptionalLong.of(version)))
                .version())
        .isGreaterThan(version);
  }

  @Test
  void shouldRefuseAStaleExpectedVersionWhenSettingRoles() {
    long version = app.users.get(owner.actor(), member.userId()).version();

    assertThatThrownBy(
            () ->
                app.users.setRoles(
                    owner.actor(), member.userId(), List.of("admin"), OptionalLong.of(version + 1)))
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
                app.users.update(
                    owner.actor(),
                    invited.id(),
                    new UpdateUserCommand(Optional.empty(), Optional.of("active"), ANY_VERSION)))
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
    assertForbidden(() -> app.users.delete(admin.actor(), owner.userId()));
  }

  @Test
  void shouldForbidMembersToDeleteOrSetRoles() {
    assertForbidden(() -> app.users.delete(member.actor(), admin.userId()));
    assertForbidden(
        () -> app.users.setRoles(member.actor(), member.userId(), List.of("admin"), ANY_VERSION));
  }

  @Test
  void shouldLetAdminsGrantAdmin() {
    UserView promoted =
        app.users.setRoles(admin.actor(), member.userId(), List.of("admin"), ANY_VERSION);

    assertThat(promoted.roles()).containsExactly("admin");
  }

  @Test
  void shouldForbidAdminsToGrantOwner() {
    assertForbidden(
        () -> app.users.setRoles(admin.actor(), member.userId(), List.of("owner"), ANY_VERSION));
    assertForbidden(
        () -> app.users.setRoles(admin.actor(), admin.userId(), List.of("owner"), ANY_VERSION));
  }

  @Test
  void shouldForbidAdminsToDemoteAnOwner() {
    assertForbidden(
        () -> app.users.setRoles(admin.actor(), owner.userId(), List.of("member"), ANY_VERSION));
  }

  @Test
  void shouldRefuseAnEmptySetOfRoles() {
    assertThatThrownBy(
            () -> app.users.setRoles(owner.actor(), member.userId(), List.of(), ANY_VERSION))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRefuseToDemoteTheLastOwner() {
    assertLastOwner(
        () -> app.users.setRoles(owner.actor(), owner.userId(), List.of("admin"), ANY_VERSION));
  }

  @Test
  void shouldRefuseToDisableTheLastOwner() {
    assertLastOwner(() -> setStatus(owner, owner, "disabled"));
  }

  @Test
  void shouldRefuseToDeleteTheLastOwner() {
    assertLastOwner(() -> app.users.delete(owner.actor(), owner.userId()));
  }

  @Test
  void shouldLetAnOwnerBeDemotedWhenAnotherOwnerExists() {
    Session second =
        aUser().withEmail("otto@acme.test").withRoles("owner").create(app, owner.actor());

    UserView demoted =
        app.users.setRoles(second.actor(), owner.userId(), List.of("admin"), ANY_VERSION);

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

    app.users.delete(second.actor(), owner.userId());

    assertThatThrownBy(() -> app.users.get(second.actor(), owner.userId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotCountAnInvitedOwnerAsAnotherOwner() {
    aUser().withEmail("otto@acme.test").withRoles("owner").invite(app, owner.actor());

    assertLastOwner(() -> app.users.delete(owner.actor(), owner.userId()));
  }

  @Test
  void shouldDeleteAUser() {
    app.users.delete(admin.actor(), member.userId());

    assertThatThrownBy(() -> app.users.get(admin.actor(), member.userId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldRevokeTheRefreshTokensOfADisabledUser() {
    setStatus(owner, member, "disabled");

    assertThatThrownBy(() -> app.auth.refresh(member.refreshToken()))
        .isInstanceOf(io.tenantry.domain.shared.AuthenticationException.class);
  }

  @Test
  void shouldSearchTheDirectory() {
    Page<UserView> page =
        app.users.search(
            member.actor(), new SearchUsersQuery("ADA", null, null, 0, 10, "email,asc"));

    assertThat(page.items()).extracting(UserView::email).containsExactly("ada@acme.test");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void shouldSearchByRoleAndSortDescending() {
    Page<UserView> page =
        app.users.search(
            owner.actor(), new SearchUsersQuery(null, "active", null, null, null, "email,desc"));

    assertThat(page.items())
        .extracting(UserView::email)
        .containsExactly("olivia@acme.test", "mel@acme.test", "ada@acme.test");
    assertThat(page.size()).isEqualTo(20);

    Page<UserView> admins =
        app.users.search(owner.actor(), new SearchUsersQuery(null, null, "admin", 0, 10, null));
    assertThat(admins.items()).extracting(UserView::email).containsExactly("ada@acme.test");
  }

  @Test
  void shouldRefuseAPageSizeOverHundred() {
    assertThatThrownBy(
            () ->
                app.users.search(
                    owner.actor(), new SearchUsersQuery(null, null, null, 0, 101, null)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
  }

  @Test
  void shouldRefuseAnUnknownSortField() {
    assertThatThrownBy(
            () ->
                app.users.search(
                    owner.actor(),
                    new SearchUsersQuery(null, null, null, 0, 10, "password_hash,asc")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("sort"));
  }

  private UserView setStatus(Session actor, Session target, String status) {
    return app.users.update(
        actor.actor(),
        target.userId(),
        new UpdateUserCommand(Optional.empty(), Optional.of(status), ANY_VERSION));
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
