package nl.ontmoet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ontmoet");
    }

    @Test
    void domain_depends_on_neither_services_nor_ui() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..")
                .check(classes);
    }

    @Test
    void services_do_not_depend_on_ui() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_by_services_and_the_demo_data() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("..service..", "..domain..", "nl.ontmoet.demo..")
                .check(classes);
    }

    @Test
    void base_knows_no_feature() {
        noClasses().that().resideInAPackage("nl.ontmoet.base..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.ontmoet.account..", "nl.ontmoet.centre..", "nl.ontmoet.audit..",
                        "nl.ontmoet.dashboard..", "nl.ontmoet.demo..", "nl.ontmoet.bookkeeping..",
                        "nl.ontmoet.programme..", "nl.ontmoet.subsidy..", "nl.ontmoet.coaching..",
                        "nl.ontmoet.volunteer..")
                .check(classes);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("nl.ontmoet.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void views_are_the_only_route_targets_and_live_in_ui_packages() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should().resideInAPackage("..ui..")
                .check(classes);
    }
}
