package io.tenantry.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hexagon's dependency rule: the core is plain Java, and adapters never know each other. */
class ArchitectureTest {
  private static final String[] FRAMEWORKS = {
    "io.quarkus..",
    "jakarta..",
    "javax..",
    "org.hibernate..",
    "com.fasterxml..",
    "org.jboss..",
    "io.smallrye..",
    "io.vertx..",
    "org.eclipse.microprofile..",
    "io.agroal..",
    "org.flywaydb..",
    "org.bouncycastle..",
    "com.nulabinc..",
    "io.micrometer..",
    "io.opentelemetry..",
    "io.github.bucket4j.."
  };

  /** Every adapter module's root package; bootstrap is the only module that knows them all. */
  private static final List<String> ADAPTERS =
      List.of(
          "io.tenantry.persistence",
          "io.tenantry.rest",
          "io.tenantry.security",
          "io.tenantry.mail",
          "io.tenantry.web",
          "io.tenantry.webhooks");

  private static final String BOOTSTRAP = "io.tenantry.bootstrap";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The shared fixtures come as application's test jar: test code too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.tenantry");
  }

  @Test
  void domainShouldUseNoFramework() {
    noClasses()
        .that()
        .resideInAPackage("io.tenantry.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .check(classes);
  }

  @Test
  void applicationShouldUseNoFramework() {
    noClasses()
        .that()
        .resideInAPackage("io.tenantry.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .check(classes);
  }

  @Test
  void applicationPackagesShouldBeFreeOfCycles() {
    slices().matching("io.tenantry.application.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void domainShouldNotKnowTheApplicationOrAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.tenantry.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            packages(Stream.concat(Stream.of("io.tenantry.application", BOOTSTRAP), adapters())))
        .check(classes);
  }

  @Test
  void applicationShouldNotKnowAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.tenantry.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages(Stream.concat(Stream.of(BOOTSTRAP), adapters())))
        .check(classes);
  }

  @ParameterizedTest
  @MethodSource("adapters")
  void adaptersShouldNotKnowOtherAdaptersOrTheBootstrap(String adapter) {
    noClasses()
        .that()
        .resideInAPackage(adapter + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            packages(
                Stream.concat(
                    Stream.of(BOOTSTRAP), adapters().filter(other -> !other.equals(adapter)))))
        .check(classes);
  }

  @Test
  void everyAdapterPackageShouldHoldClasses() {
    // A renamed adapter package would otherwise make the rules above pass vacuously.
    adapters()
        .forEach(
            adapter ->
                assertThat(classes.stream().map(JavaClass::getPackageName))
                    .as(adapter)
                    .anyMatch(name -> name.equals(adapter) || name.startsWith(adapter + ".")));
  }

  static Stream<String> adapters() {
    return ADAPTERS.stream();
  }

  private static String[] packages(Stream<String> roots) {
    return roots.map(root -> root + "..").toArray(String[]::new);
  }
}
