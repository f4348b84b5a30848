package nl.ontmoet.demo;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.domain.SubsidyTransition;
import nl.ontmoet.subsidy.domain.SubsidyTransitionRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One scheme of this year whose window is open today, with a granted application of De Nude, a submitted one
 * of Ons Huis waiting for review and a draft of De Pomhorst. Only into empty tables.
 */
@Component
@Profile("default")
@Order(40)
class SubsidyDemoData implements ApplicationRunner {

    static final String SCHEME = "Buurtinitiatieven en ontmoeting";

    private final SubsidySchemeRepository schemes;
    private final SubsidyApplicationRepository applications;
    private final SubsidyTransitionRepository transitions;
    private final CentreRepository centres;
    private final UserAccountRepository accounts;
    private final Clock clock;

    SubsidyDemoData(SubsidySchemeRepository schemes, SubsidyApplicationRepository applications,
                    SubsidyTransitionRepository transitions, CentreRepository centres,
                    UserAccountRepository accounts, Clock clock) {
        this.schemes = schemes;
        this.applications = applications;
        this.transitions = transitions;
        this.centres = centres;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var coordinator = accounts.findByUsername("coordinator");
        var coordinator2 = accounts.findByUsername("coordinator2");
        var manager = accounts.findByUsername("manager");
        var nude = centres.findBySlug("huis-van-de-wijk-de-nude");
        var onsHuis = centres.findBySlug("buurthuis-ons-huis");
        var pomhorst = centres.findBySlug("wijkcentrum-de-pomhorst");
        if (schemes.count() > 0 || coordinator.isEmpty() || coordinator2.isEmpty() || manager.isEmpty()
                || nude.isEmpty() || onsHuis.isEmpty() || pomhorst.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate closes = today.plusDays(60);
        var scheme = schemes.save(new SubsidyScheme(SCHEME, today.getYear(), new BigDecimal("50000.00"),
                today.minusDays(60), closes, new BigDecimal("5000.00"), closes.plusMonths(9),
                "De subsidie is bedoeld voor activiteiten die bewoners uit de wijk met elkaar in contact brengen. "
                        + "Vermeld de gemeente bij publiciteit. Niet bestede middelen worden teruggevorderd."));
        Instant now = Instant.now(clock);

        var summer = application(scheme, nude.get(), coordinator.get(), "Zomerprogramma voor ouderen",
                "5000.00", "Eenzaamheid onder ouderen in de wijk verminderen met een vast zomerprogramma.",
                "Acht weken lang elke dinsdag en donderdag een activiteit: wandelen, koken en een filmmiddag.",
                16, 320, 12, now.minus(Duration.ofDays(40)));
        submit(summer, coordinator.get(), now.minus(Duration.ofDays(38)));
        summer.decided(SubsidyStatus.GRANTED, new BigDecimal("4500.00"),
                "Verleend voor de activiteiten; de filmmiddagen vallen buiten de regeling.", null,
                now.minus(Duration.ofDays(30)));
        transitions.save(new SubsidyTransition(summer, manager.get(), now.minus(Duration.ofDays(30)),
                SubsidyStatus.SUBMITTED, SubsidyStatus.GRANTED, summer.getGrantConditions()));

        var language = application(scheme, onsHuis.get(), coordinator.get(), "Taalcafé en huiswerkhulp",
                "7500.00", "Nieuwkomers en kinderen helpen met de Nederlandse taal en met huiswerk.",
                "Wekelijks taalcafé op woensdagavond en huiswerkhulp op maandag en donderdag na school.",
                90, 1100, 15, now.minus(Duration.ofDays(14)));
        submit(language, coordinator.get(), now.minus(Duration.ofDays(12)));

        application(scheme, pomhorst.get(), coordinator2.get(), "Repair café in de wijk", "1800.00",
                "Samen spullen repareren en buren leren kennen.", null, null, null, null,
                now.minus(Duration.ofDays(3)));
    }

    private SubsidyApplication application(SubsidyScheme scheme, Centre centre, UserAccount author, String title,
                                           String amount, String purpose, String plan, Integer activities,
                                           Integer visitors, Integer volunteers, Instant created) {
        var application = new SubsidyApplication(centre, author);
        application.updateContent(scheme, title, new BigDecimal(amount), purpose, plan, activities, visitors,
                volunteers);
        var saved = applications.save(application);
        transitions.save(new SubsidyTransition(saved, author, created, null, SubsidyStatus.DRAFT, null));
        return saved;
    }

    private void submit(SubsidyApplication application, UserAccount by, Instant at) {
        application.submitted(at);
        transitions.save(new SubsidyTransition(application, by, at, SubsidyStatus.DRAFT, SubsidyStatus.SUBMITTED,
                null));
    }
}
