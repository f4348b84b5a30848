package nl.ontmoet.account.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import nl.ontmoet.base.security.Role;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findWithRolesById(Long id);

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    @EntityGraph(attributePaths = "roles")
    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    List<UserAccount> findByEmailIgnoringCase(@Param("email") String email);

    boolean existsByUsernameAndIdNot(String username, Long id);

    boolean existsByUsername(String username);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role);

    @Query(value = """
            select u from UserAccount u
            where :text is null
               or lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))
               or lower(u.email) like lower(concat('%', :text, '%'))
            """)
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);
}
