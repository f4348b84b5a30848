package nl.ontmoet.subsidy.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface SubsidyAttachmentRepository extends JpaRepository<SubsidyAttachment, Long> {

    @Query("""
            select new nl.ontmoet.subsidy.domain.AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes,
                   a.createdAt, coalesce(u.displayName, a.createdBy))
            from SubsidyAttachment a left join UserAccount u on u.username = a.createdBy
            where a.application.id = :applicationId and a.stage = :stage
            order by a.id
            """)
    List<AttachmentInfo> infos(@Param("applicationId") long applicationId, @Param("stage") AttachmentStage stage);

    @Query("select a from SubsidyAttachment a where a.id = :id and a.application.id = :applicationId")
    Optional<SubsidyAttachment> ofApplication(@Param("applicationId") long applicationId, @Param("id") long id);
}
