package nl.ontmoet.volunteer.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which volunteers suit an activity, and why. Pure: the caller passes the activity's words and session day parts
 * and the candidates. A tag suits when it is one of the activity's words, a run of its words, or (from four
 * letters) part of a longer Dutch compound word: "computer" suits "Computerhulp". Volunteers with a fitting tag
 * come first, then those available at every session day part, then by how many day parts they cover.
 */
public final class VolunteerMatching {

    static final int MIN_PART_OF_WORD = 4;

    private VolunteerMatching() {
    }

    /** The activity as matching sees it: its words (title, description, type) and its sessions' day parts. */
    public record ActivityProfile(String text, Set<Availability.Slot> slots) {
    }

    public record Candidate(long volunteerId, String name, Set<VolunteerTag> tags, Set<Availability.Slot> availability) {
    }

    /**
     * A suggestion.
     *
     * @param matchedTags   the tags that suit the activity, as the volunteer entered them
     * @param coveredSlots  the activity's day parts at which the volunteer is available
     * @param coversAll     available at every day part the activity has sessions in
     */
    public record Match(long volunteerId, String name, List<String> matchedTags, List<Availability.Slot> coveredSlots,
                        boolean coversAll, int score) {
    }

    public static List<Match> rank(ActivityProfile activity, List<Candidate> candidates) {
        var words = words(activity.text());
        var phrase = " " + String.join(" ", words) + " ";
        var matches = new ArrayList<Match>();
        for (var candidate : candidates) {
            var tags = candidate.tags().stream()
                    .filter(tag -> suits(tag.getNormalized(), words, phrase))
                    .map(VolunteerTag::getLabel).sorted(String.CASE_INSENSITIVE_ORDER).distinct().toList();
            var covered = new TreeSet<>(activity.slots());
            covered.retainAll(candidate.availability());
            boolean coversAll = !activity.slots().isEmpty() && covered.size() == activity.slots().size();
            if (tags.isEmpty() && covered.isEmpty()) {
                continue;
            }
            int score = tags.size() * 100 + (coversAll ? 50 : 0) + covered.size();
            matches.add(new Match(candidate.volunteerId(), candidate.name(), tags, List.copyOf(covered), coversAll,
                    score));
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed()
                .thenComparing(Match::name, String.CASE_INSENSITIVE_ORDER));
        return matches;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }

    private static boolean suits(String tag, List<String> words, String phrase) {
        var tagWords = words(tag);
        if (tagWords.isEmpty()) {
            return false;
        }
        if (tagWords.size() > 1) {
            return phrase.contains(" " + String.join(" ", tagWords) + " ");
        }
        var single = tagWords.getFirst();
        return words.stream().anyMatch(word -> word.equals(single)
                || single.length() >= MIN_PART_OF_WORD && word.contains(single));
    }
}
