package nl.ontmoet.base.search;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.volunteer.VolunteerFixture;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.LocalDate;
import java.util.List;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search field finds records in the database and only those the user may open. */
@IntegrationTest
@Transactional
class SearchIT {

    @Autowired
    SearchService search;
    @Autowired
    TestUsers users;
    @Autowired
    VolunteerFixture volunteers;
    @Autowired
    CentreRepository centres;
    @Autowired
    ActivityRepository activities;
    @Autowired
    LedgerEntryRepository entries;

    @Test
    void activities_are_found_in_the_users_own_centres_only_and_managers_find_all() {
        var nude = centres.findBySlug(NUDE).orElseThrow();
        var pomhorst = centres.findBySlug(POMHORST).orElseThrow();
        long atNude = activities.save(new Activity(nude, "Zoekproef Kantklossen", ActivityType.CURSUS_WORKSHOP)).getId();
        long atPomhorst = activities.save(new Activity(pomhorst, "Zoekproef Kantklossen", ActivityType.CURSUS_WORKSHOP))
                .getId();

        var coordinators = users.as("coordinator", () -> search.search("  kantKLOSSEN "));
        assertThat(paths(coordinators)).containsExactly("centres/" + NUDE + "/programme/" + atNude);
        assertThat(coordinators.getFirst().kindKey()).isEqualTo("search.kind.activity");
        assertThat(coordinators.getFirst().context()).isEqualTo("Huis van de Wijk De Nude");
        assertThat(coordinators.getFirst().labelKey()).isEqualTo("activity.type.CURSUS_WORKSHOP");

        assertThat(paths(users.as("coordinator2", () -> search.search("kantklossen"))))
                .containsExactly("centres/" + POMHORST + "/programme/" + atPomhorst);
        assertThat(paths(users.as("manager", () -> search.search("kantklossen"))))
                .containsExactlyInAnyOrder("centres/" + NUDE + "/programme/" + atNude,
                        "centres/" + POMHORST + "/programme/" + atPomhorst);
    }

    @Test
    void volunteers_are_personal_data_found_only_by_their_centres_coordinators_and_admins() {
        long id = volunteers.register("coordinator2", POMHORST, "Zoekproef Wilhelmina Zwaantje",
                LocalDate.of(1960, 3, 4), "0.00");
        String path = "centres/" + POMHORST + "/volunteers/" + id;

        assertThat(paths(users.as("coordinator2", () -> search.search("wilhelmina zwaan")))).containsExactly(path);
        assertThat(paths(users.as("admin", () -> search.search("wilhelmina zwaan")))).containsExactly(path);
        assertThat(users.as("coordinator", () -> search.search("wilhelmina zwaan"))).isEmpty();
        assertThat(users.as("manager", () -> search.search("wilhelmina zwaan"))).isEmpty();
        assertThat(users.as("coach", () -> search.search("wilhelmina zwaan"))).isEmpty();
    }

    @Test
    void ledger_entries_are_found_by_counterparty_with_date_and_amount_in_dutch() {
        long pomhorstId = centres.findBySlug(POMHORST).orElseThrow().getId();
        long entryId = entries.searchIds(pomhorstId, null, null, null, null, null, PageRequest.of(0, 1))
                .getContent().getFirst();
        var entry = entries.findWithCategoryById(entryId).orElseThrow();
        entry.setCounterparty("Zoekproef Kringloop 100% Oost");
        entries.save(entry);

        var found = users.as("coordinator2", () -> search.search("kringloop 100% oost"));
        assertThat(paths(found)).containsExactly("centres/" + POMHORST + "/ledger?boeking=" + entryId);
        assertThat(found.getFirst().context()).contains("Wijkcentrum De Pomhorst")
                .contains(nl.ontmoet.base.format.Formats.DUTCH.money(entry.getAmount()))
                .contains(nl.ontmoet.base.format.Formats.DUTCH.date(entry.getEntryDate()));
        assertThat(users.as("coordinator", () -> search.search("kringloop 100% oost"))).isEmpty();
        assertThat(users.as("coordinator2", () -> search.search("kringloop 100_ oost")))
                .as("LIKE's wildcards in the text are taken literally").isEmpty();
    }

    @Test
    void less_than_two_characters_finds_nothing_and_an_anonymous_caller_is_refused() {
        assertThat(users.as("manager", () -> search.search(" a "))).isEmpty();
        assertThat(users.as("manager", () -> search.search(null))).isEmpty();
        assertThatThrownBy(() -> search.search("nude")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void centres_are_found_by_name_or_district() {
        assertThat(paths(users.as("coordinator", () -> search.search("pomhorst"))))
                .doesNotContain("centres/" + POMHORST);
        assertThat(paths(users.as("manager", () -> search.search("pomhorst")))).contains("centres/" + POMHORST);
    }

    private static List<String> paths(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::path).toList();
    }
}
