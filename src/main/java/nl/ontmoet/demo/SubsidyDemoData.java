package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
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
import java.util.Map;

/**
 * One scheme of this year (80 % advance on grant) whose window is open today, with a granted application of De Nude
 * (report due, advance paid), a reported one of Ons Huis waiting for settlement (its advance still due), a settled
 * one of De Pomhorst whose advance was paid and € 100 is still to be paid, one settled below its paid advance with a
 * repayment decided, a small one granted and settled at once, a rejection with its reasons, a submitted one of Ons
 * Huis past its decision period (eight weeks) and one waiting for review, and a draft of De Pomhorst. Only into
 * empty tables.
 */
@Component
@Profile("demo")
@Order(40)
@RequiredArgsConstructor
class SubsidyDemoData implements ApplicationRunner {

    static final String SCHEME = "Buurtinitiatieven en ontmoeting";
    static final String REGULATION = "Algemene subsidieverordening gemeente Ontmoet 2024";

    private final SubsidySchemeRepository schemes;
    private final SubsidyDemoSteps steps;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var coordinator = steps.account("coordinator");
        var coordinator2 = steps.account("coordinator2");
        var manager = steps.account("manager");
        var nude = steps.centre("huis-van-de-wijk-de-nude");
        var onsHuis = steps.centre("buurthuis-ons-huis");
        var pomhorst = steps.centre("wijkcentrum-de-pomhorst");
        if (schemes.count() > 0 || coordinator.isEmpty() || coordinator2.isEmpty() || manager.isEmpty()
                || nude.isEmpty() || onsHuis.isEmpty() || pomhorst.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate closes = today.plusDays(60);
        var scheme = schemes.save(new SubsidyScheme(SCHEME, today.getYear(), new BigDecimal("50000.00"),
                today.minusDays(60), closes, new BigDecimal("2000.00"), closes.plusMonths(9),
                "De subsidie is bedoeld voor activiteiten die bewoners uit de wijk met elkaar in contact brengen. "
                        + "Vermeld de gemeente bij publiciteit. Niet bestede middelen worden teruggevorderd."));
        scheme.legalBasis(REGULATION, "artikel 4, eerste lid");
        scheme.setAdvancePercentage(80);
        Instant now = Instant.now(clock);

        var summer = steps.draft(scheme, nude.get(), coordinator.get(), "Zomerprogramma voor ouderen",
                "5000.00", "Eenzaamheid onder ouderen in de wijk verminderen met een vast zomerprogramma.",
                "Acht weken lang elke dinsdag en donderdag een activiteit: wandelen, koken en een filmmiddag.",
                16, 320, 12, now.minus(Duration.ofDays(40)));
        steps.submit(summer, coordinator.get(), now.minus(Duration.ofDays(38)));
        steps.grant(summer, manager.get(), "4500.00", "Verleend voor de wandelingen en de kookmiddagen.",
                "De filmmiddagen (€ 500,00 van de begroting) vallen buiten de regeling: die is bedoeld voor "
                        + "activiteiten waarbij bewoners elkaar actief ontmoeten, niet voor vertoningen.",
                scheme.getReportDeadline(),
                now.minus(Duration.ofDays(30)));
        steps.paid(summer, now.minus(Duration.ofDays(27)), "GEM-2026-0412");

        var language = steps.draft(scheme, onsHuis.get(), coordinator.get(), "Taalcafé en huiswerkhulp",
                "7500.00", "Nieuwkomers en kinderen helpen met de Nederlandse taal en met huiswerk.",
                "Wekelijks taalcafé op woensdagavond en huiswerkhulp op maandag en donderdag na school.",
                90, 1100, 15, now.minus(Duration.ofDays(14)));
        steps.submit(language, coordinator.get(), now.minus(Duration.ofDays(12)));

        var garden = steps.draft(scheme, onsHuis.get(), coordinator.get(), "Buurtmoestuin achter het buurthuis",
                "6500.00", "Buren samen laten tuinieren en oogsten, ook met de kinderen van de school ernaast.",
                "Aanleg van de moestuin in het voorjaar, daarna elke zaterdag een tuinochtend en een oogstfeest.",
                30, 450, 10, now.minus(Duration.ofDays(55)));
        steps.submit(garden, coordinator.get(), now.minus(Duration.ofDays(54)));
        steps.grant(garden, manager.get(), "6000.00", "Verleend voor aanleg en tuinochtenden.",
                "Het oogstfeest (€ 500,00) is een eenmalig feest en valt buiten de regeling.", scheme.getReportDeadline(),
                now.minus(Duration.ofDays(45)));
        steps.report(garden, coordinator.get(), now.minus(Duration.ofDays(5)), 28, 410, 12,
                "De tuin is aangelegd; door de natte zomer waren er twee tuinochtenden minder.",
                Map.of("ACTIVITEITEN", "3950.00", "MARKETING", "420.00", "VRIJWILLIGERS", "1250.00"));

        var paper = steps.draft(scheme, pomhorst.get(), coordinator2.get(), "Wijkkrant De Pomhorst",
                "8000.00", "Buurtbewoners informeren over wat er in de wijk en het wijkcentrum gebeurt.",
                "Vier edities per jaar, gemaakt door een redactie van vrijwilligers en huis-aan-huis bezorgd.",
                4, 2400, 14, now.minus(Duration.ofDays(58)));
        steps.submit(paper, coordinator2.get(), now.minus(Duration.ofDays(57)));
        steps.grant(paper, manager.get(), "8000.00", "Verleend voor drukwerk en bezorging.", null,
                scheme.getReportDeadline(),
                now.minus(Duration.ofDays(50)));
        steps.paid(paper, now.minus(Duration.ofDays(47)), "GEM-2026-0388");
        steps.report(paper, coordinator2.get(), now.minus(Duration.ofDays(10)), 3, 2400, 11,
                "Er zijn drie van de vier edities verschenen; de vierde is uitgesteld naar volgend jaar.",
                Map.of("MARKETING", "6100.00", "VRIJWILLIGERS", "400.00"));
        steps.settle(paper, manager.get(), "6500.00", "Drie van de vier edities verschenen; het deel voor de vierde "
                + "editie wordt teruggevorderd.", now.minus(Duration.ofDays(2)));

        var concert = steps.draft(scheme, pomhorst.get(), coordinator2.get(), "Zomerconcert in het park",
                "3000.00", "Buren uit alle straten samenbrengen bij een gratis concert met lokale muzikanten.",
                "Eén middag in juni met drie optredens, een picknick en een kraam van het wijkcentrum.",
                1, 600, 20, now.minus(Duration.ofDays(59)));
        steps.submit(concert, coordinator2.get(), now.minus(Duration.ofDays(58)));
        steps.grant(concert, manager.get(), "3000.00", "Verleend voor de optredens en de picknick.", null,
                scheme.getReportDeadline(), now.minus(Duration.ofDays(52)));
        steps.paid(concert, now.minus(Duration.ofDays(49)), "GEM-2026-0379");
        steps.report(concert, coordinator2.get(), now.minus(Duration.ofDays(9)), 1, 350, 14,
                "Door regen kwamen er minder bezoekers en viel één optreden uit.",
                Map.of("ACTIVITEITEN", "1700.00", "MARKETING", "300.00"));
        steps.settle(concert, manager.get(), "2000.00", "Eén van de drie optredens ging niet door; de kosten "
                + "daarvan zijn niet gemaakt.", now.minus(Duration.ofDays(4)));
        steps.recover(concert, manager.get(), "400.00", LocalDate.ofInstant(now, clock.getZone()).plusWeeks(6),
                "Vastgesteld op € 2.000,00, als voorschot € 2.400,00 betaald: het verschil van € 400,00 is te veel "
                        + "betaald.", now.minus(Duration.ofDays(3)));

        var trip = steps.draft(scheme, onsHuis.get(), coordinator.get(), "Dagtocht naar een pretpark",
                "2200.00", "Een dagje uit voor gezinnen uit de wijk.", "Bus en toegangskaarten voor vijftig bewoners.",
                1, 50, 4, now.minus(Duration.ofDays(35)));
        steps.submit(trip, coordinator.get(), now.minus(Duration.ofDays(34)));
        steps.reject(trip, manager.get(), "Een dagtocht buiten de wijk brengt bewoners niet in de wijk met elkaar in "
                + "contact; de regeling (artikel 4, eerste lid) is bedoeld voor activiteiten in de wijk.",
                now.minus(Duration.ofDays(20)));

        var computer = steps.draft(scheme, onsHuis.get(), coordinator.get(), "Computercursus voor senioren",
                "1800.00", "Ouderen leren digitaal zaken regelen en contact houden met familie en buren.",
                "Tien lessen in het buurthuis met vrijwilligers als docent.", 10, 120, 5,
                now.minus(Duration.ofDays(60)));
        steps.submit(computer, coordinator.get(), now.minus(Duration.ofDays(59)));

        var neighbours = steps.draft(scheme, pomhorst.get(), coordinator2.get(), "Burendag in de Pomhorst",
                "400.00", "Een dag waarop buren samen de straat opknappen en elkaar leren kennen.",
                "Op de landelijke Burendag: klussen in de straat, daarna soep en muziek bij het wijkcentrum.",
                1, 150, 8, now.minus(Duration.ofDays(25)));
        steps.submit(neighbours, coordinator2.get(), now.minus(Duration.ofDays(24)));
        steps.grantAndSettle(neighbours, manager.get(), "400.00", now.minus(Duration.ofDays(20)));

        steps.draft(scheme, pomhorst.get(), coordinator2.get(), "Repair café in de wijk", "1800.00",
                "Samen spullen repareren en buren leren kennen.", null, null, null, null,
                now.minus(Duration.ofDays(3)));
    }
}
