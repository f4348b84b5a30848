package nl.ontmoet.notification.service;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Role;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who is told: the active coordinators of a centre, or every active account with a role. */
@Component
@RequiredArgsConstructor
class Recipients {

    private final EntityManager entityManager;

    List<Long> coordinatorsOf(long centreId) {
        return entityManager.createQuery("""
                        select u.id from Centre c join c.coordinators u
                        where c.id = :centre and u.enabled = true order by u.id""", Long.class)
                .setParameter("centre", centreId).getResultList();
    }

    List<Long> withRole(Role role) {
        return entityManager.createQuery("""
                        select u.id from UserAccount u join u.roles r
                        where r = :role and u.enabled = true order by u.id""", Long.class)
                .setParameter("role", role).getResultList();
    }
}
