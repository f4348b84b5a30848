package nl.ontmoet.base.security;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupRolesTest {

    @Test
    void without_a_mapping_roles_stay_with_ontmoet() {
        assertThat(GroupRoles.parse("").rolesFor(List.of("any"))).isEmpty();
        assertThat(GroupRoles.parse(null).configured()).isFalse();
        assertThat(GroupRoles.parse(" ; ").rolesFor(null)).isEmpty();
    }

    @Test
    void the_roles_of_every_listed_group_add_up() {
        var mapping = GroupRoles.parse(" 0f3c-coordinators = COORDINATOR ; beleid=manager,Admin;0f3c-coordinators=COACH");

        assertThat(mapping.rolesFor(List.of("0f3c-coordinators", "beleid", "other")))
                .contains(EnumSet.of(Role.COORDINATOR, Role.COACH, Role.MANAGER, Role.ADMIN));
        assertThat(mapping.rolesFor(List.of("beleid"))).contains(EnumSet.of(Role.MANAGER, Role.ADMIN));
    }

    @Test
    void with_a_mapping_a_person_in_no_listed_group_gets_no_roles() {
        var mapping = GroupRoles.parse("beleid=MANAGER");

        assertThat(mapping.rolesFor(List.of("Beleid", "other"))).as("group names are compared exactly")
                .isEqualTo(Optional.of(EnumSet.noneOf(Role.class)));
        assertThat(mapping.rolesFor(null)).isEqualTo(Optional.of(EnumSet.noneOf(Role.class)));
    }

    @Test
    void a_mistake_in_the_mapping_stops_the_start_with_the_entry_named() {
        assertThatThrownBy(() -> GroupRoles.parse("beleid=MANAGER;coaches=TRAINER"))
                .hasMessageContaining("unknown role 'TRAINER'").hasMessageContaining("coaches=TRAINER");
        assertThatThrownBy(() -> GroupRoles.parse("MANAGER")).hasMessageContaining("'MANAGER' is not group=ROLE");
        assertThatThrownBy(() -> GroupRoles.parse("=MANAGER")).hasMessageContaining("is not group=ROLE");
    }
}
