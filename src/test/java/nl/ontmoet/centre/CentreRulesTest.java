package nl.ontmoet.centre;

import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.centre.domain.Centre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CentreRulesTest {

    @Test
    void a_slug_is_lower_case_ascii_words_joined_by_dashes() {
        assertThat(Centre.slugFor("Huis van de Wijk De Nude")).isEqualTo("huis-van-de-wijk-de-nude");
        assertThat(Centre.slugFor("  Café 't Hoekje! ")).isEqualTo("cafe-t-hoekje");
        assertThat(Centre.slugFor("Ontmoetingscentrum Tongelre/Oost")).isEqualTo("ontmoetingscentrum-tongelre-oost");
        assertThat(Centre.slugFor("???")).isEqualTo("centrum");
    }

    @Test
    void a_slug_never_changes_once_assigned() {
        var centre = new Centre("De Nude", "Noordwest", "Nudelaan 1");
        centre.assignSlug("de-nude");
        assertThatThrownBy(() -> centre.assignSlug("other")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_coach_assignment_is_active_from_its_start_until_the_day_it_ends() {
        var assignment = new CoachAssignment(new UserAccount("coach", "Coach"),
                new UserAccount("coordinator", "Coordinator"), LocalDate.of(2026, 1, 1));
        assertThat(assignment.isActiveOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(assignment.isActiveOn(LocalDate.of(2026, 1, 1))).isTrue();
        assignment.end(LocalDate.of(2026, 6, 1));
        assertThat(assignment.isActiveOn(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(assignment.isActiveOn(LocalDate.of(2026, 6, 1))).isFalse();
    }
}
