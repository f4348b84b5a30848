package nl.ontmoet.programme.domain;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface SessionSeriesRepository extends JpaRepository<SessionSeries, Long> {

    @EntityGraph(attributePaths = {"activity", "activity.centre", "room"})
    Optional<SessionSeries> findWithActivityById(Long id);

    List<SessionSeries> findByActivityId(Long activityId);
}
