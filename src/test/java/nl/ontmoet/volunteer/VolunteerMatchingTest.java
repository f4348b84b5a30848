package nl.ontmoet.volunteer;

import nl.ontmoet.volunteer.domain.Availability.Slot;
import nl.ontmoet.volunteer.domain.DayPart;
import nl.ontmoet.volunteer.domain.TagKind;
import nl.ontmoet.volunteer.domain.VolunteerMatching;
import nl.ontmoet.volunteer.domain.VolunteerMatching.ActivityProfile;
import nl.ontmoet.volunteer.domain.VolunteerMatching.Candidate;
import nl.ontmoet.volunteer.domain.VolunteerMatching.Match;
import nl.ontmoet.volunteer.domain.VolunteerTag;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static nl.ontmoet.volunteer.domain.DayPart.AFTERNOON;
import static nl.ontmoet.volunteer.domain.DayPart.EVENING;
import static nl.ontmoet.volunteer.domain.DayPart.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

class VolunteerMatchingTest {

    static final Slot TUESDAY_EVENING = new Slot(TUESDAY, EVENING);
    static final Slot MONDAY_AFTERNOON = new Slot(MONDAY, AFTERNOON);

    static Candidate candidate(long id, String name, Set<Slot> available, String... skills) {
        var tags = new java.util.HashSet<VolunteerTag>();
        for (var skill : skills) {
            tags.add(new VolunteerTag(TagKind.SKILL, skill));
        }
        return new Candidate(id, name, tags, available);
    }

    static List<Match> rank(String text, Set<Slot> slots, Candidate... candidates) {
        return VolunteerMatching.rank(new ActivityProfile(text, slots), List.of(candidates));
    }

    @Test
    void a_tag_that_is_a_word_of_the_activity_and_the_right_evening_is_the_reason_given() {
        var matches = rank("Kookcafé: samen koken en eten", Set.of(TUESDAY_EVENING),
                candidate(1, "Kees", Set.of(TUESDAY_EVENING), "Koken"));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.matchedTags()).containsExactly("Koken");
            assertThat(m.coveredSlots()).containsExactly(TUESDAY_EVENING);
            assertThat(m.coversAll()).isTrue();
        });
    }

    @Test
    void a_tag_of_four_letters_or_more_suits_a_compound_word_and_a_shorter_one_only_the_whole_word() {
        var matches = rank("Computercursus voor 60-plussers", Set.of(),
                candidate(1, "Mohamed", Set.of(), "computer"),
                candidate(2, "Bo", Set.of(), "cur"),
                candidate(3, "Ria", Set.of(), "60"));
        assertThat(matches).extracting(Match::name).containsExactly("Mohamed", "Ria");
    }

    @Test
    void a_tag_of_several_words_suits_only_when_those_words_follow_each_other() {
        var matches = rank("Les Nederlandse taal voor nieuwkomers", Set.of(),
                candidate(1, "Een", Set.of(), "nederlandse  taal"),
                candidate(2, "Twee", Set.of(), "taal nederlandse"));
        assertThat(matches).extracting(Match::name).containsExactly("Een");
        assertThat(matches.getFirst().matchedTags()).containsExactly("nederlandse taal");
    }

    @Test
    void matching_ignores_case_and_punctuation() {
        var matches = rank("KOFFIE-ochtend!", Set.of(), candidate(1, "Ria", Set.of(), "Koffie"));
        assertThat(matches).hasSize(1);
    }

    @Test
    void tags_rank_above_availability_and_full_availability_above_partial() {
        var slots = Set.of(TUESDAY_EVENING, MONDAY_AFTERNOON);
        var matches = rank("Kookcafé koken", slots,
                candidate(1, "Alleen dinsdag", Set.of(TUESDAY_EVENING)),
                candidate(2, "Altijd", Set.of(TUESDAY_EVENING, MONDAY_AFTERNOON)),
                candidate(3, "Kok zonder tijd", Set.of(), "koken"),
                candidate(4, "Niets", Set.of(new Slot(DayOfWeek.SUNDAY, MORNING)), "zingen"));
        assertThat(matches).extracting(Match::name).containsExactly("Kok zonder tijd", "Altijd", "Alleen dinsdag");
        assertThat(matches.get(1).coversAll()).isTrue();
        assertThat(matches.get(2).coversAll()).isFalse();
    }

    @Test
    void without_sessions_only_tags_count_and_equal_scores_are_ordered_by_name() {
        var matches = rank("Koken", Set.of(),
                candidate(1, "zoë", Set.of(TUESDAY_EVENING), "koken"),
                candidate(2, "Anna", Set.of(), "Koken"),
                candidate(3, "Piet", Set.of(TUESDAY_EVENING)));
        assertThat(matches).extracting(Match::name).containsExactly("Anna", "zoë");
        assertThat(matches).allSatisfy(m -> assertThat(m.coversAll()).isFalse());
    }

    @Test
    void a_session_belongs_to_the_day_part_in_which_it_starts() {
        assertThat(DayPart.of(LocalTime.of(11, 59))).isEqualTo(MORNING);
        assertThat(DayPart.of(LocalTime.NOON)).isEqualTo(AFTERNOON);
        assertThat(DayPart.of(LocalTime.of(17, 59))).isEqualTo(AFTERNOON);
        assertThat(DayPart.of(LocalTime.of(18, 0))).isEqualTo(EVENING);
    }

    @Test
    void tags_are_shown_as_entered_and_compared_lower_cased_with_single_spaces() {
        var tag = new VolunteerTag(TagKind.SKILL, "  Eerste   Hulp ");
        assertThat(tag.getLabel()).isEqualTo("Eerste Hulp");
        assertThat(tag.getNormalized()).isEqualTo("eerste hulp");
        assertThat(tag).isEqualTo(new VolunteerTag(TagKind.SKILL, "eerste hulp"))
                .isNotEqualTo(new VolunteerTag(TagKind.INTEREST, "eerste hulp"));
    }

    @Test
    void a_tag_of_exactly_four_letters_suits_a_compound_word() {
        var matches = rank("Theemiddag", Set.of(), candidate(1, "Ria", Set.of(), "thee"));
        assertThat(matches).extracting(Match::name).containsExactly("Ria");
    }

    @Test
    void punctuation_around_a_tag_is_ignored_and_a_tag_of_punctuation_only_suits_nothing() {
        var matches = rank("Samen koken", Set.of(),
                candidate(1, "Kees", Set.of(), "(koken)"),
                candidate(2, "Leeg", Set.of(), "!?"));
        assertThat(matches).extracting(Match::name).containsExactly("Kees");
        assertThat(matches.getFirst().matchedTags()).containsExactly("(koken)");
    }

    @Test
    void among_partly_available_volunteers_the_one_covering_more_day_parts_comes_first() {
        var wednesdayMorning = new Slot(DayOfWeek.WEDNESDAY, MORNING);
        var matches = rank("Inloop", Set.of(TUESDAY_EVENING, MONDAY_AFTERNOON, wednesdayMorning),
                candidate(1, "Anna een", Set.of(TUESDAY_EVENING)),
                candidate(2, "Bram twee", Set.of(TUESDAY_EVENING, MONDAY_AFTERNOON)));
        assertThat(matches).extracting(Match::name).containsExactly("Bram twee", "Anna een");
        assertThat(matches).extracting(Match::coversAll).containsExactly(false, false);
        assertThat(matches.getFirst().coveredSlots()).containsExactlyInAnyOrder(TUESDAY_EVENING, MONDAY_AFTERNOON);
    }
}
