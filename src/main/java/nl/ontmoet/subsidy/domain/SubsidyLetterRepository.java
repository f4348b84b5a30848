package nl.ontmoet.subsidy.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface SubsidyLetterRepository extends JpaRepository<SubsidyLetter, Long> {

    @Query("""
            select new nl.ontmoet.subsidy.domain.LetterInfo(l.id, l.kind, l.reference, l.sentOn, l.fileName)
            from SubsidyLetter l where l.application.id = :applicationId order by l.id""")
    List<LetterInfo> infos(@Param("applicationId") long applicationId);

    long countByApplicationId(long applicationId);

    Optional<SubsidyLetter> findByIdAndApplicationId(long id, long applicationId);
}
