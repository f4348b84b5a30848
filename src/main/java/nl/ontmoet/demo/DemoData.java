package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.account.domain.CoachAssignmentRepository;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.LegalEntity;
import nl.ontmoet.centre.domain.LegalEntityRepository;
import nl.ontmoet.centre.domain.LegalForm;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.domain.RoomRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A small municipality to try Ontmoet with: four centres with rooms, the stichting that runs each, and one account per role, all with
 * password {@code demo}. Only in the default profile, and only into an empty database: it never touches
 * data that is already there.
 */
@Component
@Profile("demo")
@Order(DemoData.ORDER)
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

    /** Feature demo data runs after this (higher order) and builds on its centres and accounts. */
    static final int ORDER = 0;
    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccountRepository accounts;
    private final CoachAssignmentRepository assignments;
    private final CentreRepository centres;
    private final RoomRepository rooms;
    private final LegalEntityRepository legalEntities;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String hash = passwordEncoder.encode(PASSWORD);
        account("admin", "Anna Beheer", Set.of(Role.ADMIN), hash);
        account("manager", "Mark de Vries", Set.of(Role.MANAGER), hash);
        var coach = account("coach", "Carla Jansen", Set.of(Role.COACH), hash);
        var coordinator = account("coordinator", "Cor Bakker", Set.of(Role.COORDINATOR), hash);
        var coordinator2 = account("coordinator2", "Fatima El Amrani", Set.of(Role.COORDINATOR), hash);
        assignments.save(new CoachAssignment(coach, coordinator, LocalDate.now(clock).minusMonths(6)));

        var nude = centre("Huis van de Wijk De Nude", "Noordwest", "Nudelaan 12, 6708 AB", coordinator,
                room("Grote zaal", 80), room("Keuken", 16), room("Vergaderkamer", 12));
        stichting(nude, "Stichting Huis van de Wijk De Nude", "41052317", "Postbus 112", "6700 AC",
                "NL03RABO0312456789");
        var onsHuis = centre("Buurthuis Ons Huis", "Centrum", "Markt 17, 6701 CX", coordinator,
                room("Ontmoetingsruimte", 40), room("Atelier", 15));
        stichting(onsHuis, "Stichting Buurthuis Ons Huis", "09183746", "Markt 17", "6701 CX",
                "NL25INGB0145678923");
        var pomhorst = centre("Wijkcentrum De Pomhorst", "Oost", "Pomhorst 3, 6707 DE", coordinator2,
                room("Zaal", 60), room("Spreekkamer", 4), room("Kinderhoek", 20));
        stichting(pomhorst, "Stichting Wijkcentrum De Pomhorst", "72645190", "Pomhorst 3", "6707 DE",
                "NL82ABNA0567812349");
        var tongelre = centre("Ontmoetingscentrum Tongelre", "Tongelre", "Tongelresestraat 200, 5613 DV", null,
                room("Theaterzaal", 120), room("Leslokaal", 24));
        stichting(tongelre, "Stichting Ontmoeting Tongelre", "17482930", "Tongelresestraat 200", "5613 DV",
                "NL56TRIO0923456781");
        log.info("Demo data loaded: 4 centres, 5 accounts (password '{}')", PASSWORD);
    }

    private UserAccount account(String username, String name, Set<Role> roles, String hash) {
        var account = new UserAccount(username, name);
        account.setEmail(username + "@ontmoet.example");
        account.setPasswordHash(hash);
        account.setRoles(EnumSet.copyOf(roles));
        return accounts.save(account);
    }

    private Centre centre(String name, String district, String address, UserAccount coordinator, RoomSpec... specs) {
        var centre = new Centre(name, district, address);
        centre.assignSlug(Centre.slugFor(name));
        centre.setOpeningHours("ma–vr 9:00–22:00, za 10:00–17:00");
        if (coordinator != null) {
            centre.setCoordinators(Set.of(coordinator));
        }
        centres.save(centre);
        for (RoomSpec spec : specs) {
            rooms.save(new Room(centre, spec.name(), spec.capacity()));
        }
        return centre;
    }

    /** The stichting that runs the centre; the city follows from the postal code's first digit in the demo. */
    private void stichting(Centre centre, String name, String kvk, String street, String postalCode, String iban) {
        var entity = new LegalEntity(centre);
        entity.setName(name);
        entity.setLegalForm(LegalForm.STICHTING);
        entity.setKvkNumber(kvk);
        entity.setStreet(street);
        entity.setPostalCode(postalCode);
        entity.setCity(postalCode.startsWith("5") ? "Eindhoven" : "Wageningen");
        entity.setIban(iban);
        legalEntities.save(entity);
    }

    private static RoomSpec room(String name, int capacity) {
        return new RoomSpec(name, capacity);
    }

    private record RoomSpec(String name, int capacity) {
    }
}
