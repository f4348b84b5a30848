package nl.ontmoet.audit;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.audit.domain.AuditEntry;
import nl.ontmoet.audit.domain.AuditEntryRepository;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.audit.service.AuditService.AuditFilter;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    CentreService centres;
    @Autowired
    UserAccountService users;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    AuditService auditService;
    @Autowired
    TransactionTemplate transaction;

    @Test
    @WithUserDetails("admin")
    void creating_and_changing_a_centre_is_recorded_with_who_and_what() {
        var centre = centres.create(new Centre("Audit Centrum", "Zuid", "Zuidweg 1"));
        centre.setDistrict("Zuidwest");
        centres.update(centre);

        List<AuditEntry> trail = entries.findByEntityTypeAndEntityIdOrderByIdAsc("Centre", centre.getId().toString());
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(trail).extracting(AuditEntry::getUsername).containsOnly("admin");
        assertThat(trail.get(0).getChanges()).contains("name=Audit Centrum").contains("district=Zuid");
        assertThat(trail.get(1).getChanges()).isEqualTo("district: Zuid → Zuidwest");
    }

    @Test
    @WithUserDetails("admin")
    void a_change_that_is_rolled_back_leaves_no_audit_line() {
        long before = auditService.search(AuditFilter.none(), PageRequest.of(0, 1)).getTotalElements();
        transaction.executeWithoutResult(status -> {
            centres.create(new Centre("Teruggedraaid", "Noord", "Noordweg 9"));
            status.setRollbackOnly();
        });
        assertThat(auditService.search(AuditFilter.none(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void password_hashes_never_reach_the_audit_trail() {
        var account = new UserAccount("audit.pw", "Audit Wachtwoord");
        account.setRoles(EnumSet.of(Role.MANAGER));
        var saved = users.save(account, "geheim-wachtwoord");
        users.save(users.get(saved.getId()), "ander-wachtwoord");

        var trail = entries.findByEntityTypeAndEntityIdOrderByIdAsc("UserAccount", saved.getId().toString());
        assertThat(trail).isNotEmpty();
        assertThat(trail).allSatisfy(entry -> assertThat(String.valueOf(entry.getChanges())).doesNotContain("$2a$"));
        assertThat(trail).anySatisfy(entry -> assertThat(entry.getChanges()).contains("passwordHash: (verborgen)"));
        assertThat(trail).anySatisfy(entry -> assertThat(entry.getChanges()).contains("roles = [MANAGER]"));
    }

    @Test
    @WithUserDetails("coordinator")
    void only_admins_browse_the_audit_trail() {
        assertThatThrownBy(() -> auditService.search(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_audit_trail_is_filtered_in_the_database() {
        centres.create(new Centre("Filter Centrum", "West", "Westweg 1"));
        var page = auditService.search(new AuditFilter("admin", "Centre", AuditAction.CREATE, null, null),
                PageRequest.of(0, 50));
        assertThat(page.getContent()).isNotEmpty()
                .allSatisfy(entry -> {
                    assertThat(entry.username()).isEqualTo("admin");
                    assertThat(entry.entityType()).isEqualTo("Centre");
                    assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
                });
    }
}
