package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.CalendarEntry;
import nl.ontmoet.programme.domain.Slot;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the calendars show: sessions of a centre, or of the whole municipality, in a range of days. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProgrammeCalendarService {

    private final ActivitySessionRepository sessions;
    private final CentreAccess access;
    private final Clock clock;

    /** Sessions of all rooms of a centre that touch the days [from, to), cancelled ones included (marked). */
    public List<CalendarEntry> ofCentre(long centreId, LocalDate from, LocalDate to) {
        access.requireReadable(centreId);
        LocalDateTime start = from.atStartOfDay();
        return sessions.ofCentre(centreId, start.minus(Slot.LONGEST), start, to.atStartOfDay());
    }

    /** The municipality-wide calendar for policy officers, filtered by centre, district and type (each optional). */
    @PreAuthorize(Roles.HAS_MANAGER)
    public List<CalendarEntry> ofMunicipality(LocalDate from, LocalDate to, Long centreId, String district,
                                              ActivityType type) {
        LocalDateTime start = from.atStartOfDay();
        return sessions.ofMunicipality(start.minus(Slot.LONGEST), start, to.atStartOfDay(), centreId,
                district == null || district.isBlank() ? null : district, type);
    }

    @PreAuthorize(Roles.HAS_MANAGER)
    public List<String> districts() {
        return sessions.districts();
    }

    /** Participation evenings that overlap another one elsewhere, from today on. */
    @PreAuthorize(Roles.HAS_MANAGER)
    public List<Clash> participationClashes() {
        LocalDateTime today = LocalDate.now(clock.withZone(Slot.ZONE)).atStartOfDay();
        return sessions.participationClashes(today).stream()
                .map(row -> new Clash((String) row[0], (String) row[1], toLocal(row[2]), toLocal(row[3]),
                        (String) row[4], (String) row[5], toLocal(row[6]), toLocal(row[7])))
                .toList();
    }

    private static LocalDateTime toLocal(Object value) {
        return value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
    }

    /** Two overlapping participation evenings. */
    public record Clash(String title, String centre, LocalDateTime startsAt, LocalDateTime endsAt,
                        String otherTitle, String otherCentre, LocalDateTime otherStartsAt,
                        LocalDateTime otherEndsAt) {
    }
}
