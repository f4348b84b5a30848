package nl.ontmoet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.centre.ui.CentreNavItem;
import nl.ontmoet.centre.ui.CentreScopedView;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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
    void a_feature_uses_only_its_own_repositories() {
        classes().that().areAssignableTo(Repository.class)
                .should(new ArchCondition<>("be used only within their own feature or by the demo data") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        for (Dependency use : repository.getDirectDependenciesToSelf()) {
                            JavaClass user = use.getOriginClass();
                            if (!user.getPackageName().startsWith("nl.ontmoet.demo")
                                    && !feature(user).equals(feature(repository))) {
                                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void forms_know_nothing_of_services_or_persistence() {
        noClasses().that().areAssignableTo(BeanForm.class).or().haveSimpleNameEndingWith("Form")
                .and().doNotHaveSimpleName("ListWithForm")
                .should().dependOnClassesThat().areAnnotatedWith(Service.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Component.class)
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(classes);
    }

    @Test
    void only_base_turns_refusals_into_text() {
        noClasses().that().resideOutsideOfPackage("nl.ontmoet.base..")
                .should().callMethod(BusinessRuleException.class, "getMessageKey")
                .orShould().callMethod(BusinessRuleException.class, "getArguments")
                .check(classes);
    }

    @Test
    void time_is_read_only_from_the_injected_clock() {
        var clockless = noClasses().should().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC");
        for (Class<?> type : List.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
                ZonedDateTime.class, OffsetDateTime.class, Year.class, YearMonth.class)) {
            clockless = clockless.orShould().callMethod(type, "now");
        }
        clockless.check(classes);
    }

    @Test
    void a_feature_uses_another_features_screens_only_to_link_to_them_or_join_the_centre_pages() {
        DescribedPredicate<JavaClass> sharedUi = DescribedPredicate.describe("a route, CentreScopedView or CentreNavItem",
                type -> type.isAnnotatedWith(Route.class) || type.isAssignableTo(CentreScopedView.class)
                        || type.isAssignableTo(CentreNavItem.class));
        classes().that().resideInAPackage("..ui..")
                .should(new ArchCondition<>("use another feature's ui only as " + sharedUi.getDescription()) {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        for (Dependency use : view.getDirectDependenciesFromSelf()) {
                            JavaClass target = use.getTargetClass();
                            if (target.getPackageName().matches("nl\\.ontmoet\\.\\w+\\.ui.*")
                                    && !feature(target).equals(feature(view)) && !feature(target).equals("base")
                                    && !sharedUi.test(target.getBaseComponentType())) {
                                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void only_base_format_builds_number_and_date_formats_and_locales() {
        noClasses().that().resideOutsideOfPackage("nl.ontmoet.base.format..")
                .should().callMethodWhere(target("a NumberFormat, date pattern or locale factory",
                        call -> call.getTargetOwner().isEquivalentTo(NumberFormat.class)
                                && call.getName().startsWith("get")
                                || call.getTargetOwner().isEquivalentTo(DateTimeFormatter.class)
                                && call.getName().startsWith("of")
                                || call.getTargetOwner().isEquivalentTo(Locale.class)
                                && List.of("of", "forLanguageTag").contains(call.getName())))
                .orShould().callConstructor(Locale.class, String.class)
                .orShould().callConstructor(Locale.class, String.class, String.class)
                .check(classes);
    }

    @Test
    void date_fields_and_uploads_are_the_shared_dutch_ones() {
        noClasses().that().resideOutsideOfPackage("nl.ontmoet.base.ui..")
                .should().callConstructorWhere(target("a Vaadin DatePicker or Upload",
                        call -> call.getTargetOwner().isEquivalentTo(DatePicker.class)
                                || call.getTargetOwner().isEquivalentTo(Upload.class)))
                .check(classes);
    }

    @Test
    void files_for_people_are_made_by_base_export_and_base_pdf() {
        noClasses().that().resideOutsideOfPackages("nl.ontmoet.base.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..")
                .orShould().dependOnClassesThat().areAssignableTo(org.dhatim.fastexcel.Workbook.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackages("nl.ontmoet.base.pdf..", "nl.ontmoet.demo..")
                .should().dependOnClassesThat().areAssignableTo(org.openpdf.text.Document.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.openpdf.text.pdf.PdfWriter.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.apache.pdfbox.pdmodel.PDDocument.class)
                .check(classes);
    }

    @Test
    void services_are_the_transaction_boundary() {
        String[] boundary = {"..service..", "nl.ontmoet.demo..", "nl.ontmoet.base.."};
        classes().that().areAnnotatedWith(Transactional.class).should().resideInAnyPackage(boundary).check(classes);
        methods().that().areAnnotatedWith(Transactional.class)
                .should().beDeclaredInClassesThat().resideInAnyPackage(boundary).check(classes);
    }

    @Test
    void every_view_says_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class).orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void base_knows_no_feature() {
        noClasses().that().resideInAPackage("nl.ontmoet.base..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.ontmoet.account..", "nl.ontmoet.centre..", "nl.ontmoet.audit..",
                        "nl.ontmoet.dashboard..", "nl.ontmoet.demo..", "nl.ontmoet.bookkeeping..",
                        "nl.ontmoet.programme..", "nl.ontmoet.subsidy..", "nl.ontmoet.coaching..",
                        "nl.ontmoet.volunteer..", "nl.ontmoet.figures..", "nl.ontmoet.notification..")
                .check(classes);
    }

    @Test
    void the_subsidy_feature_announces_its_steps_without_knowing_who_listens() {
        noClasses().that().resideInAPackage("nl.ontmoet.subsidy..")
                .should().dependOnClassesThat().resideInAPackage("nl.ontmoet.notification..")
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

    private static DescribedPredicate<JavaCall<?>> target(String description, Predicate<JavaCall<?>> test) {
        return DescribedPredicate.describe(description, test);
    }

    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
