package io.tenantry.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.scheduler.Scheduled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every scheduled job of every module skips its runs once the shutdown began, the one way they all
 * share: a run started after Hibernate closed logged an ERROR ({@code EntityManagerFactory is
 * closed}). The race itself is a window of milliseconds that a test of the packaged application did
 * not hit in three restarts without this rule, so the rule is what is checked.
 */
class ScheduledJobsTest {

  @Test
  void shouldSkipEveryScheduledRunWhileTheApplicationIsNotRunning() {
    List<JavaMethod> jobs =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tenantry")
                .stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Scheduled.class))
                .toList();

    assertThat(jobs).hasSizeGreaterThanOrEqualTo(6);
    assertThat(jobs)
        .allSatisfy(
            job ->
                assertThat(job.getAnnotationOfType(Scheduled.class).skipExecutionIf())
                    .as(job.getFullName())
                    .isEqualTo(Scheduled.ApplicationNotRunning.class));
  }
}
