package nl.ontmoet.volunteer;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.LinkConfirmationNeededException;
import nl.ontmoet.volunteer.service.LinkRequestedException;
import nl.ontmoet.volunteer.service.StatementService;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerLinkService;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.ONS_HUIS;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A registration that matches a person of another centre never takes that person over. */
@IntegrationTest
@Transactional
class VolunteerLinkIT {

    static final LocalDate BORN = LocalDate.of(1984, 6, 15);

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerLinkService links;
    @Autowired
    StatementService statements;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    CentreRepository centres;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_coordinator_of_another_centre_registering_a_known_person_changes_nothing_and_sees_nothing() {
        var name = unique("Petra Visser");
        long id = registeredAtNude(name);
        long pomhorst = fixture.centre(POMHORST);
        String person = person(id);

        // the exploit: the same name in other case and the same date of birth, with the attacker's contact data
        var attack = details(name.toUpperCase(), "aanvaller@example.nl", "Bardienst Pomhorst");
        assertThatThrownBy(() -> users.as("coordinator2", () -> volunteers.save(pomhorst, attack)))
                .isInstanceOfSatisfying(LinkRequestedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("volunteer.link.requested");
                    assertThat(e.getField()).contains("name");
                });
        assertThat(person(id)).isEqualTo(person);
        assertThat(engagementsAt(pomhorst, id)).isZero();
        assertThat(requests(id, pomhorst, "PENDING")).isEqualTo(1);

        // asking again leaves one request, and still nothing is shown or changed
        assertThatThrownBy(() -> users.as("coordinator2", () -> volunteers.save(pomhorst, attack)))
                .isInstanceOf(LinkRequestedException.class);
        assertThat(requests(id, pomhorst, "PENDING")).isEqualTo(1);
        users.as("coordinator2", () -> {
            assertThatThrownBy(() -> volunteers.get(pomhorst, id)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> statements.statement(pomhorst, id, 2025))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(volunteers.page(pomhorst, Pageable.unpaged()).getContent())
                    .noneMatch(row -> row.volunteerId() == id);
            var guessed = details(name, "aanvaller@example.nl", null);
            ReflectionTestUtils.setField(guessed, "volunteerId", id);
            assertThatThrownBy(() -> volunteers.save(pomhorst, guessed)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> links.pendingFor(fixture.centre(NUDE)))
                    .isInstanceOf(RecordNotFoundException.class);
        });
        assertThat(person(id)).isEqualTo(person);
    }

    @Test
    void a_coordinator_of_the_persons_centre_confirms_and_the_other_centre_gets_its_own_engagement() {
        var name = unique("Karim Bouzid");
        long id = registeredAtNude(name);
        long pomhorst = fixture.centre(POMHORST);
        String person = person(id);
        requestAtPomhorst(name);

        var pending = users.as("coordinator", () -> links.pendingFor(fixture.centre(NUDE)));
        var request = pending.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertThat(request.centreName()).isEqualTo("Wijkcentrum De Pomhorst");
        assertThat(request.requestedBy()).isEqualTo("coordinator2");
        // the asking centre cannot decide on its own request
        assertThatThrownBy(() -> users.as("coordinator2", () -> links.confirm(request.id())))
                .isInstanceOf(RecordNotFoundException.class);

        users.as("coordinator", () -> links.confirm(request.id()));
        assertThat(person(id)).isEqualTo(person);
        assertThat(requests(id, pomhorst, "CONFIRMED")).isEqualTo(1);
        var atPomhorst = users.as("coordinator2", () -> volunteers.get(pomhorst, id));
        assertThat(atPomhorst.getName()).isEqualTo(name);
        assertThat(atPomhorst.getEmail()).isEqualTo("eigen@example.nl");
        assertThat(atPomhorst.getTasks()).isEqualTo("Bardienst Pomhorst");
        assertThat(atPomhorst.isVogNeeded()).isTrue();
        assertThat(atPomhorst.getNotes()).isEqualTo("Via de buurtapp");
        assertThat(users.as("coordinator", () -> volunteers.get(fixture.centre(NUDE), id)).getTasks())
                .isEqualTo("Koffieochtend");
        assertThatThrownBy(() -> users.as("coordinator", () -> links.refuse(request.id())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.link.error.decided"));
    }

    @Test
    void a_refused_request_gives_nothing_and_a_coordinator_of_a_third_centre_cannot_decide() {
        var name = unique("Ellen de Groot");
        long id = registeredAtNude(name);
        long pomhorst = fixture.centre(POMHORST);
        String person = person(id);
        requestAtPomhorst(name);
        long requestId = jdbc.queryForObject("select id from volunteer_link_request where volunteer_id = ?",
                Long.class, id);

        coordinatorOfTongelre();
        assertThatThrownBy(() -> users.as("coordinator3", () -> links.confirm(requestId)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.as("coordinator3", () -> links.refuse(requestId)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(users.as("coordinator3", () -> links.pendingFor(fixture.centre("ontmoetingscentrum-tongelre"))))
                .isEmpty();
        assertThat(requests(id, pomhorst, "PENDING")).isEqualTo(1);

        users.as("coordinator", () -> links.refuse(requestId));
        assertThat(requests(id, pomhorst, "REFUSED")).isEqualTo(1);
        assertThat(engagementsAt(pomhorst, id)).isZero();
        assertThat(person(id)).isEqualTo(person);
        assertThatThrownBy(() -> users.as("coordinator2", () -> volunteers.get(pomhorst, id)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_admin_and_a_coordinator_of_both_centres_link_only_after_confirming_and_change_no_shared_data() {
        var name = unique("Joost Mulder");
        long id = registeredAtNude(name);
        String person = person(id);
        long pomhorst = fixture.centre(POMHORST);
        long onsHuis = fixture.centre(ONS_HUIS);

        var byAdmin = details(name, "admin@example.nl", "Gastheer");
        assertThatThrownBy(() -> users.as("admin", () -> volunteers.save(pomhorst, byAdmin)))
                .isInstanceOfSatisfying(LinkConfirmationNeededException.class,
                        e -> assertThat(e.getArguments()).containsExactly(name, "Huis van de Wijk De Nude"));
        assertThat(engagementsAt(pomhorst, id)).isZero();
        byAdmin.setLinkConfirmed(true);
        assertThat(users.as("admin", () -> volunteers.save(pomhorst, byAdmin)).getVolunteerId()).isEqualTo(id);
        assertThat(engagementsAt(pomhorst, id)).isEqualTo(1);
        assertThat(person(id)).isEqualTo(person);

        var byCoordinator = details(name, "ander@example.nl", "Atelier");
        assertThatThrownBy(() -> users.as("coordinator", () -> volunteers.save(onsHuis, byCoordinator)))
                .isInstanceOf(LinkConfirmationNeededException.class);
        assertThat(engagementsAt(onsHuis, id)).isZero();
        byCoordinator.setLinkConfirmed(true);
        users.as("coordinator", () -> volunteers.save(onsHuis, byCoordinator));
        assertThat(engagementsAt(onsHuis, id)).isEqualTo(1);
        assertThat(person(id)).isEqualTo(person);
        assertThat(jdbc.queryForObject("select count(*) from volunteer_link_request where volunteer_id = ?",
                Integer.class, id)).isZero();
    }

    private long registeredAtNude(String name) {
        var own = details(name, "eigen@example.nl", "Koffieochtend");
        own.setPhone("06-11112222");
        own.setOtherAllowancePerMonth(new BigDecimal("45.00"));
        own.setSkills(new LinkedHashSet<>(List.of("Koken", "Tuinieren")));
        return users.as("coordinator", () -> volunteers.save(fixture.centre(NUDE), own)).getVolunteerId();
    }

    private void requestAtPomhorst(String name) {
        var request = details(name, "aanvaller@example.nl", "Bardienst Pomhorst");
        request.setVogNeeded(true);
        request.setNotes("Via de buurtapp");
        assertThatThrownBy(() -> users.as("coordinator2",
                () -> volunteers.save(fixture.centre(POMHORST), request)))
                .isInstanceOf(LinkRequestedException.class);
    }

    private static VolunteerDetails details(String name, String email, String tasks) {
        var d = VolunteerFixture.person(name, BORN, LocalDate.of(2025, 3, 1));
        d.setEmail(email);
        d.setTasks(tasks);
        return d;
    }

    private void coordinatorOfTongelre() {
        var account = new UserAccount("coordinator3", "Derde Coördinator");
        account.setPasswordHash("{noop}niet-gebruikt");
        account.setRoles(EnumSet.of(Role.COORDINATOR));
        accounts.saveAndFlush(account);
        var tongelre = centres.findBySlug("ontmoetingscentrum-tongelre").orElseThrow();
        tongelre.setCoordinators(Set.of(account));
        centres.saveAndFlush(tongelre);
    }

    /** Everything of the person that all centres share, as stored. */
    private String person(long id) {
        return jdbc.queryForObject("""
                select concat_ws('|', v.name, coalesce(v.email, '-'), coalesce(v.phone, '-'),
                    v.other_allowance_per_month, v.version, coalesce(v.modified_by, '-'),
                    (select group_concat(t.label order by t.label) from volunteer_tag t where t.volunteer_id = v.id))
                from volunteer v where v.id = ?""", String.class, id);
    }

    private int engagementsAt(long centreId, long volunteerId) {
        return jdbc.queryForObject("select count(*) from volunteer_engagement where centre_id = ? and volunteer_id = ?",
                Integer.class, centreId, volunteerId);
    }

    private int requests(long volunteerId, long centreId, String status) {
        return jdbc.queryForObject("""
                select count(*) from volunteer_link_request where volunteer_id = ? and centre_id = ? and status = ?""",
                Integer.class, volunteerId, centreId, status);
    }
}
