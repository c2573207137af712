package io.tenantry.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    "com.nulabinc.."
  };
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
            "io.tenantry.application..",
            "io.tenantry.persistence..",
            "io.tenantry.rest..",
            "io.tenantry.bootstrap..")
        .check(classes);
  }

  @Test
  void applicationShouldNotKnowAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.tenantry.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.tenantry.persistence..", "io.tenantry.rest..", "io.tenantry.bootstrap..")
        .check(classes);
  }

  @Test
  void persistenceShouldNotKnowOtherAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.tenantry.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.tenantry.rest..", "io.tenantry.bootstrap..")
        .check(classes);
  }

  @Test
  void restShouldNotKnowOtherAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.tenantry.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.tenantry.persistence..", "io.tenantry.bootstrap..")
        .check(classes);
  }
}
