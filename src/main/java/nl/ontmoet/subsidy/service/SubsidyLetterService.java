package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.subsidy.domain.LetterInfo;
import nl.ontmoet.subsidy.domain.SubsidyLetterRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The letters issued on an application, downloaded exactly as they were sent (the stored PDF, never rebuilt).
 * Whoever may read the application may read its letters; others get "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyLetterService {

    private final ApplicationGuard guard;
    private final SubsidyLetterRepository letters;

    public List<LetterInfo> letters(long applicationId) {
        guard.readable(applicationId);
        return letters.infos(applicationId);
    }

    public DownloadFile download(long applicationId, long letterId) {
        guard.readable(applicationId);
        var letter = letters.findByIdAndApplicationId(letterId, applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Letter", letterId));
        return new DownloadFile(letter.getFileName(), DownloadFile.PDF, letter.getContent());
    }
}
